package org.focalbot.bot.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.store.DocumentStore;
import org.focalbot.bot.store.JsonCollection;
import org.focalbot.bot.store.Keys;

/** Digest subscriptions, one per conversation, stored under their workspace. */
public final class Subscriptions {

    public static final String COLLECTION = "digest-subscriptions";

    private final DocumentStore store;
    private final JsonCollection<Subscription> subscriptions;

    public Subscriptions(DocumentStore store, ObjectMapper mapper) {
        this.store = store;
        this.subscriptions = new JsonCollection<>(store, COLLECTION, Subscription.class, mapper);
    }

    /** The stable id of a conversation's subscription. */
    public static String idOf(ConversationAddress address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((address.platform().id() + "\n" + address.tenant()
                    + "\n" + address.conversation()).getBytes(StandardCharsets.UTF_8));
            return "s" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public Optional<Subscription> get(String workspace, String id) {
        return subscriptions.get(Keys.of(workspace, id));
    }

    public Optional<Subscription> forConversation(String workspace, ConversationAddress address) {
        return get(workspace, idOf(address));
    }

    public List<Subscription> inWorkspace(String workspace) {
        return subscriptions.scan(Keys.prefix(workspace));
    }

    /** Every subscription of every workspace: only the scheduler reads across workspaces, to find what is due. */
    public List<Subscription> all() {
        return subscriptions.scan("");
    }

    public void save(Subscription s) {
        subscriptions.put(Keys.of(s.workspace(), s.id()), s);
    }

    public void save(DocumentStore.Transaction tx, Subscription s) {
        subscriptions.put(tx, Keys.of(s.workspace(), s.id()), s);
    }

    /** Marks a subscription failed, re-reading it inside the write so a concurrent edit is not overwritten. */
    public void markFailed(String workspace, String id, String reason, java.time.Instant at) {
        store.write(tx -> {
            subscriptions.get(tx, Keys.of(workspace, id))
                    .ifPresent(s -> subscriptions.put(tx, Keys.of(workspace, id), s.failed(reason, at)));
            return null;
        });
    }

    public boolean delete(String workspace, String id) {
        return subscriptions.delete(Keys.of(workspace, id));
    }

    /** Removes every subscription of a workspace (tenant uninstall); returns how many. */
    public int deleteWorkspace(String workspace) {
        return store.write(tx -> {
            List<Subscription> all = subscriptions.scan(tx, Keys.prefix(workspace));
            all.forEach(s -> subscriptions.delete(tx, Keys.of(workspace, s.id())));
            return all.size();
        });
    }
}
