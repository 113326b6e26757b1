// The web chat: posts each message or button click to /api/chat and renders the replies.
// Everything user- or server-supplied is inserted as text, never as HTML.
(function () {
  "use strict";

  const store = window.localStorage;
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const status = document.getElementById("status");
  const nameInput = document.getElementById("user-name");
  const tokenBox = document.getElementById("token-box");
  const tokenInput = document.getElementById("api-token");

  function randomId(prefix) {
    const bytes = new Uint8Array(8);
    window.crypto.getRandomValues(bytes);
    return prefix + Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
  }

  function remembered(key, make) {
    let value = store.getItem(key);
    if (!value) {
      value = make();
      store.setItem(key, value);
    }
    return value;
  }

  const user = remembered("focalbot.user", () => randomId("web-"));
  let conversation = remembered("focalbot.conversation", () => randomId("chat-"));
  nameInput.value = store.getItem("focalbot.name") || "";
  nameInput.addEventListener("change", () => store.setItem("focalbot.name", nameInput.value.trim()));
  tokenInput.value = window.sessionStorage.getItem("focalbot.token") || "";
  if (tokenInput.value) tokenBox.hidden = false;
  tokenInput.addEventListener("change", () => window.sessionStorage.setItem("focalbot.token", tokenInput.value.trim()));

  document.getElementById("new-conversation").addEventListener("click", () => {
    conversation = randomId("chat-");
    store.setItem("focalbot.conversation", conversation);
    log.replaceChildren();
    lastSeq = 0;
    status.textContent = "Started a new conversation.";
    input.focus();
  });

  function bubble(kind, text) {
    const div = document.createElement("div");
    div.className = "msg " + kind;
    div.textContent = text;
    log.appendChild(div);
    div.scrollIntoView({ block: "end" });
    return div;
  }

  function renderReply(reply) {
    const div = bubble("bot", reply.text);
    if (reply.progress) {
      const p = document.createElement("div");
      p.className = "progress";
      const bar = document.createElement("progress");
      bar.max = reply.progress.total;
      bar.value = reply.progress.done;
      const label = reply.progress.label + " · " + reply.progress.done + " of " + reply.progress.total;
      bar.setAttribute("aria-label", label);
      const span = document.createElement("span");
      span.textContent = label;
      p.append(bar, span);
      div.appendChild(p);
    }
    (reply.citations || []).forEach(c => {
      const p = document.createElement("p");
      p.className = "citation";
      p.textContent = "Source: " + c.document + (c.section ? " — " + c.section : "");
      div.appendChild(p);
    });
    if (reply.actions && reply.actions.length) {
      const bar = document.createElement("div");
      bar.className = "actions";
      bar.setAttribute("role", "group");
      bar.setAttribute("aria-label", "Reply options");
      reply.actions.forEach(a => {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = a.label;
        b.dataset.action = a.id;
        b.addEventListener("click", () => send({ action: a.id }, a.label));
        bar.appendChild(b);
      });
      div.appendChild(bar);
    }
  }

  async function send(payload, shown) {
    bubble("me", shown);
    status.textContent = "Thinking…";
    const body = Object.assign({ user: user, conversation: conversation }, payload);
    const name = nameInput.value.trim();
    if (name) body.userName = name;
    const headers = { "Content-Type": "application/json" };
    const token = tokenInput.value.trim();
    if (token) headers["Authorization"] = "Bearer " + token;
    try {
      const res = await fetch("/api/chat", { method: "POST", headers: headers, body: JSON.stringify(body) });
      const data = await res.json().catch(() => ({ error: "unexpected answer from the server (" + res.status + ")" }));
      if (res.status === 401) {
        tokenBox.hidden = false;
        tokenInput.focus();
      }
      if (!res.ok) {
        bubble("error", data.error || ("request failed (" + res.status + ")"));
        status.textContent = "";
        return;
      }
      data.replies.forEach(renderReply);
      status.textContent = "";
    } catch (e) {
      bubble("error", "Cannot reach the assistant. Is the server running?");
      status.textContent = "";
    }
  }

  // Messages posted outside of a turn (the weekly digest) wait in an inbox the page polls.
  let lastSeq = 0;

  function unescapeMarkdown(text) {
    return text.replace(/\\([\\`*_{}\[\]()#+!|~])/g, "$1")
      .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }

  function inline(parent, text) {
    // Only **bold** is used by the digest; everything else is plain text.
    text.split(/(\*\*[^*]+\*\*)/).forEach(part => {
      if (part.startsWith("**") && part.endsWith("**") && part.length > 4) {
        const b = document.createElement("strong");
        b.textContent = unescapeMarkdown(part.slice(2, -2));
        parent.appendChild(b);
      } else if (part) {
        parent.appendChild(document.createTextNode(unescapeMarkdown(part)));
      }
    });
  }

  function renderMarkdown(markdown) {
    const div = document.createElement("div");
    div.className = "msg bot digest";
    let list = null;
    let sublist = null;
    markdown.split("\n").forEach(line => {
      if (!line.trim()) { list = null; sublist = null; return; }
      const heading = /^(#{2,3}) (.*)$/.exec(line);
      if (heading) {
        const h = document.createElement(heading[1].length === 2 ? "h3" : "h4");
        inline(h, heading[2]);
        div.appendChild(h);
        list = null; sublist = null;
        return;
      }
      const item = /^( *)- (.*)$/.exec(line);
      if (item) {
        const li = document.createElement("li");
        inline(li, item[2]);
        if (item[1].length >= 2 && list) {
          if (!sublist) { sublist = document.createElement("ul"); list.lastElementChild.appendChild(sublist); }
          sublist.appendChild(li);
        } else {
          if (!list) { list = document.createElement("ul"); div.appendChild(list); }
          sublist = null;
          list.appendChild(li);
        }
        return;
      }
      const p = document.createElement("p");
      inline(p, line);
      div.appendChild(p);
      list = null; sublist = null;
    });
    log.appendChild(div);
    div.scrollIntoView({ block: "end" });
  }

  async function pollInbox() {
    const headers = {};
    const token = tokenInput.value.trim();
    if (token) headers["Authorization"] = "Bearer " + token;
    try {
      const res = await fetch("/api/inbox?conversation=" + encodeURIComponent(conversation) + "&after=" + lastSeq,
        { headers: headers });
      if (!res.ok) return;
      const data = await res.json();
      data.messages.forEach(m => {
        lastSeq = Math.max(lastSeq, m.seq);
        if (m.markdown) renderMarkdown(m.text); else bubble("bot", m.text);
      });
    } catch (e) {
      // The next poll tries again; a chat message shows connection problems.
    }
  }
  pollInbox();
  window.setInterval(pollInbox, 20000);

  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ text: text }, text);
  });

  input.addEventListener("keydown", ev => {
    if (ev.key === "Enter" && !ev.shiftKey) {
      ev.preventDefault();
      form.requestSubmit();
    }
  });

  input.focus();
})();
