package org.focalbot.bot.checklist;

import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.InMemoryDocumentStore;

class ChecklistConversationInMemoryTest extends ChecklistConversationContract {

    @Override
    DocumentStore openStore() {
        return new InMemoryDocumentStore();
    }

    /** Memory does not survive a real restart; the new assistant over the same store stands in for one. */
    @Override
    DocumentStore reopen(DocumentStore old) {
        return old;
    }
}
