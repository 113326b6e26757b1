package org.focalbot.bot.store;

/** The in-memory twin honours the store contract. */
class InMemoryDocumentStoreTest extends DocumentStoreContract {
    @Override
    protected DocumentStore open() {
        return new InMemoryDocumentStore();
    }
}
