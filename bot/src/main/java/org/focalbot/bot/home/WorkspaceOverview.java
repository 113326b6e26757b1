package org.focalbot.bot.home;

import java.util.List;
import org.focalbot.bot.Reply;

/**
 * What a person sees on a platform's home surface (Slack's Home tab): their partnerships,
 * checklist progress and open actions, as replies the adapter renders like any other answer.
 */
@FunctionalInterface
public interface WorkspaceOverview {

    /**
     * The overview for one person.
     *
     * @param workspace the workspace id, as {@link org.focalbot.bot.tenancy.Workspaces} gives it
     * @param author    the person's platform-qualified id, as {@link org.focalbot.bot.Turn#author()} gives it
     */
    List<Reply> overview(String workspace, String author);
}
