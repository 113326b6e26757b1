package org.focalbot.adapters.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.Test;

class MentionsTest {

    static InboundActivity message(String text, boolean withEntity) {
        ObjectNode a = Json.newMapper().createObjectNode();
        a.put("type", "message").put("serviceUrl", "https://smba.example/").put("channelId", "msteams").put("text", text);
        a.putObject("conversation").put("id", "19:abc@thread.tacv2;messageid=1").put("conversationType", "channel");
        a.putObject("recipient").put("id", "28:bot").put("name", "Focal Point");
        a.putObject("from").put("id", "29:user").put("name", "Ana Lima");
        if (withEntity) {
            ObjectNode e = a.putArray("entities").addObject();
            e.put("type", "mention").put("text", "<at>Focal Point</at>");
            e.putObject("mentioned").put("id", "28:bot").put("name", "Focal Point");
        }
        return InboundActivity.parse(a);
    }

    @Test
    void theBotsMentionIsRemovedUsingTheMentionEntity() {
        assertEquals("help", Mentions.strip(message("<at>Focal Point</at> help", true)));
    }

    @Test
    void withoutEntitiesTheBotIsRecognisedByName() {
        assertEquals("notes about the MoU", Mentions.strip(message("notes about the MoU <at>focal point</at>", false)));
    }

    @Test
    void otherPeoplesMentionsBecomeTheirNames() {
        assertEquals("note: Bo Chen joined the steering group",
                Mentions.strip(message("<at>Focal Point</at> note: <at>Bo Chen</at> joined the steering group", true)));
    }

    @Test
    void teamsEntitiesAreDecoded() {
        assertEquals("budget < 5% & no fees", Mentions.strip(message("budget &lt; 5%&nbsp;&amp; no fees", false)));
    }
}
