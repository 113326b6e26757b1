package org.focalbot.adapters.slack;

import java.util.List;
import org.focalbot.adapters.slack.web.SlackCallException;
import org.focalbot.adapters.slack.web.SlackWebApi;
import org.focalbot.bot.Platform;
import org.focalbot.bot.Reply;
import org.focalbot.bot.home.WorkspaceOverview;
import org.focalbot.bot.tenancy.Workspaces;

/**
 * Publishes a person's Home tab from the core's {@link WorkspaceOverview}. The app DM's channel
 * id rides along in the view's {@code private_metadata}, so clicks on the Home tab are answered
 * in that DM, the same conversation the person types in.
 */
final class HomeTab {

    static final String TITLE = "Focal Point Assistant";

    private final Workspaces workspaces;
    private final WorkspaceOverview overview;
    private final BlockKit blockKit;
    private final SlackWebApi api;

    HomeTab(Workspaces workspaces, WorkspaceOverview overview, BlockKit blockKit, SlackWebApi api) {
        this.workspaces = workspaces;
        this.overview = overview;
        this.blockKit = blockKit;
        this.api = api;
    }

    void publish(String tenant, String user, String dmChannel) throws SlackCallException {
        String workspace = workspaces.workspaceOf(Platform.SLACK, tenant);
        // Same form as Turn.author(): the overview matches it against the authors of stored records.
        List<Reply> replies = overview.overview(workspace, Platform.SLACK.id() + ":" + user);
        api.publishHome(user, blockKit.homeView(TITLE, replies, dmChannel));
    }
}
