package org.focalbot.bot.checklist;

import java.nio.file.Path;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.MapDbDocumentStore;
import org.junit.jupiter.api.io.TempDir;

class ChecklistConversationMapDbTest extends ChecklistConversationContract {

    @TempDir
    Path dir;

    @Override
    DocumentStore openStore() {
        return MapDbDocumentStore.open(dir.resolve("focalbot.db"));
    }

    @Override
    DocumentStore reopen(DocumentStore old) {
        old.close();
        return openStore();
    }
}
