// Readable source of public/track.js (served minified, < 2 KB). After editing, rebuild it with:
//   npx esbuild lib/events/track.src.js --minify --legal-comments=inline --tsconfig-raw={} --outfile=public/track.js
// (lib/events/track-js.test.ts fails while public/track.js is not this file minified.)
// data-key takes a PUBLIC key (Settings → API keys): anyone can read it in the page, so what it
// may do is limited (it never merges two known people); a SECRET key is refused from a page.
/*! Voronka tracker: voronka("page" | "track" | "identify", ...) */
(function (w, d, n) {
  var s = d.currentScript, key = s.getAttribute("data-key"), q = [], t, st = w.localStorage, ss = w.sessionStorage, L = location;
  var url = s.getAttribute("data-endpoint") || new URL(s.src).origin + "/api/v1/events";
  function id() { return Array.from(crypto.getRandomValues(new Uint8Array(10)), function (b) { return (b + 256).toString(16).slice(1); }).join(""); }
  function get(o, k) { try { return o.getItem(k); } catch (e) {} }
  function put(o, k, v) { try { o.setItem(k, v); } catch (e) {} }
  var aid = get(st, "vk_aid") || "v_" + id(), src = JSON.parse(get(ss, "vk_src") || 0);
  put(st, "vk_aid", aid);
  if (!src) { // this visit's attribution: the landing page's utm_*, else the referrer
    var p = new URLSearchParams(L.search), m = p.get("utm_medium"), r = d.referrer;
    src = { utm: { source: p.get("utm_source"), medium: m, campaign: p.get("utm_campaign") },
      channel: m ? (/cpc|ppc|paid/.test(m) ? "ads" : m) : r && new URL(r).host != L.host ? (/google|yandex|bing/.test(r) ? "organic" : "referral") : "direct" };
    put(ss, "vk_src", JSON.stringify(src));
  }
  function send(beacon) {
    clearTimeout(t); t = 0;
    if (!q.length) return;
    var b = q.splice(0, 500), body = JSON.stringify({ key: key, events: b });
    if (beacon && n.sendBeacon && n.sendBeacon(url, new Blob([body], { type: "text/plain" }))) return;
    fetch(url, { method: "POST", body: body, keepalive: body.length < 6e4, headers: { "Content-Type": "text/plain" } })
      .then(function (res) { if (res.status > 499) throw 0; })
      .catch(function () { q = b.concat(q); }); // ids make a retry safe
  }
  // Ids start with the time, so new events land at the end of the server's id index.
  function push(type, props, ids, traits) {
    q.push({ id: "e_" + Date.now().toString(36) + id(), type: type, occurredAt: new Date().toISOString(), channel: src.channel, utm: src.utm, traits: traits,
      identities: Object.assign({ anonymousId: aid }, ids), properties: Object.assign({ url: L.href, title: d.title, referrer: d.referrer }, props) });
    q.length > 19 ? send() : t || (t = setTimeout(send, 1e3));
  }
  function api(c, a, b) {
    c == "page" ? push("page_view", a) : c == "track" ? push(a, b) : c == "identify" && push("identify", 0, { email: a.email, phone: a.phone }, { name: a.name });
  }
  var early = (w.voronka || {}).q || [];
  w.voronka = function () { api.apply(0, arguments); };
  early.forEach(function (a) { api.apply(0, a); });
  s.getAttribute("data-page-views") != "off" && api("page");
  d.addEventListener("visibilitychange", function () { d.visibilityState == "hidden" && send(1); });
  w.addEventListener("pagehide", function () { send(1); });
})(window, document, navigator);
