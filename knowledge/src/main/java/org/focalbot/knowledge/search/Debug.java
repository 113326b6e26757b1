package org.focalbot.knowledge.search;
public final class Debug {
    public static String top(KnowledgeBase kb, String q) {
        try {
            var f = KnowledgeBase.class.getDeclaredField("current"); f.setAccessible(true);
            Object snap = f.get(kb);
            var m = snap.getClass().getDeclaredMethod("index"); m.setAccessible(true);
            SectionIndex idx = (SectionIndex) m.invoke(snap);
            Query query = idx.parse(q);
            double ceil = idx.ceiling(query);
            StringBuilder sb = new StringBuilder();
            for (Hit h : idx.search(query, 6)) sb.append(String.format("%s s=%.1f r=%.2f c=%.2f; ", h.section().id(), h.score(), h.strength(), h.coverage()));
            return sb.toString();
        } catch (Exception e) { return e.toString(); }
    }
}
