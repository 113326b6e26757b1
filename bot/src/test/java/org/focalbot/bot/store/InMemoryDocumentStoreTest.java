package org.focalbot.bot.store;

/** The in-memory twin keeps the shared store contract. */
class InMemoryDocumentStoreTest extends DocumentStoreContract {

    @Override
    protected DocumentStore newStore() {
        return new InMemoryDocumentStore();
    }
}
