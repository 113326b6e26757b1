package org.focalbot.bot.tenancy;

import org.focalbot.bot.store.DocumentStore;

/**
 * A feature's records of one workspace, as a whole: moved when tenants are linked into one
 * organisation, erased when a workspace is uninstalled. Changes are staged in the caller's
 * transaction so a link or an erasure is one atomic commit across features.
 */
public interface WorkspaceData {

    /** Stages moving every record of workspace {@code from} into workspace {@code to}; returns how many moved. */
    int move(DocumentStore.Transaction tx, String from, String to);

    /** Stages deleting every record of {@code workspace}; returns how many. */
    int erase(DocumentStore.Transaction tx, String workspace);
}
