package org.bridgework.scale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One browser tab speaking Vaadin Flow's own client protocol over HTTP: Spring Security's form sign-in, the
 * {@code v-r=init} bootstrap, then UIDL round trips carrying the UI's CSRF token, the server's sync id and our
 * client id. It keeps only as much of the server's state tree as a user's eyes need: each node's tag, attributes,
 * properties and DOM listeners, so that buttons and fields are found the way a person finds them (label, id).
 */
final class UiConnection {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final int PROPERTIES = 1;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int ELEMENT_DATA = 0;
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1440&v-wh=900&v-ww=1440&v-bh=900&v-bw=1440"
            + "&v-curdate=%d&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-%s&v-td=false&v-pr=1"
            + "&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo"
            + "&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    /** What the driver knows about one node of the UI's state tree. */
    static final class Node {
        final int id;
        String tag;
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            return attributes.get(name);
        }
    }

    /** A round trip's answer: the raw body (to look for text a user would read) and how long the server took. */
    record Answer(String body, long nanos) {
    }

    private final HttpClient http;
    private final String base;
    private final JsonMapper json;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final List<int[]> gridUpdates = new ArrayList<>();
    private String springCsrf;
    private String uiCsrf;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;

    UiConnection(HttpClient http, String base, JsonMapper json) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
        this.json = json;
    }

    /** Posts the sign-in form as the login page does, with the CSRF token from the page's meta tag. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        page("login");
        String form = "_csrf=" + enc(springCsrf) + "&username=" + enc(username) + "&password=" + enc(password);
        var response = send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new ProtocolException("sign-in refused for " + username + " (" + response.statusCode() + " " + location + ")");
        }
    }

    /** Loads the page for {@code route} and starts its UI: the bootstrap page, the init request, the first navigation. */
    long open(String route) throws IOException, InterruptedException {
        long started = System.nanoTime();
        page(route);
        String url = base + "?v-r=init&location=" + enc(route) + "&query="
                + BROWSER_DETAILS.formatted(System.currentTimeMillis(), Long.toHexString(System.nanoTime()));
        var response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        if (response.statusCode() != 200) {
            throw new ProtocolException("init answered " + response.statusCode());
        }
        JsonNode config = json.readTree(response.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        uiCsrf = uidl.path("Vaadin-Security-Key").asString(null);
        if (uiId < 0 || uiCsrf == null) {
            throw new ProtocolException("init gave no UI id or security key");
        }
        apply(uidl);
        navigate("/" + route, "");
        return System.nanoTime() - started;
    }

    /** Follows a link inside the app: the client-side router tells the server, which renders the new view. */
    Answer navigate(String route, String trigger) throws IOException, InterruptedException {
        ObjectNode data = json.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", historyIndex++);
        return call(event(1, "ui-navigate", data));
    }

    /** Types into a field: the property sync the field's DOM listener declares, then the event itself. */
    Answer type(Node field, String value) throws IOException, InterruptedException {
        String event = syncingEvent(field, "value");
        ObjectNode data = json.createObjectNode();
        JsonNode declared = constants.get(field.listeners.get(event));
        if (declared != null) {
            for (String key : declared.propertyNames()) {
                if (declared.get(key).isArray()) {
                    data.put(key, 1).put("for", "trailing");
                }
            }
        }
        return call(sync(field, "value", value), event(field.id, event, data));
    }

    /** Picks a date as the date picker does on its value-changed event. */
    Answer choose(Node picker, String isoDate) throws IOException, InterruptedException {
        return call(sync(picker, "value", isoDate), event(picker.id, syncingEvent(picker, "value"), json.createObjectNode()));
    }

    Answer click(Node button) throws IOException, InterruptedException {
        ObjectNode data = json.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 10).put("event.clientY", 10)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 10).put("event.screenX", 10);
        return call(event(button.id, "click", data));
    }

    /** Acknowledges the grid updates the last answers asked for, as the grid's connector does; empty if none. */
    Optional<Answer> confirmGridUpdates() throws IOException, InterruptedException {
        if (gridUpdates.isEmpty()) {
            return Optional.empty();
        }
        var invocations = new ArrayList<ObjectNode>();
        for (int[] update : gridUpdates) {
            ObjectNode rpc = json.createObjectNode().put("type", "publishedEventHandler").put("node", update[0])
                    .put("templateEventMethodName", "confirmUpdate").put("promise", promise++);
            rpc.putArray("templateEventMethodArgs").add(update[1]);
            invocations.add(rpc);
        }
        gridUpdates.clear();
        return Optional.of(call(invocations.toArray(ObjectNode[]::new)));
    }

    Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(test).min((a, b) -> Integer.compare(a.id, b.id));
    }

    List<Node> findAll(Predicate<Node> test) {
        return nodes.values().stream().filter(test).sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    Node byId(String domId) {
        return find(n -> domId.equals(n.attribute("id")))
                .orElseThrow(() -> new ProtocolException("no element with id " + domId + " on the page"));
    }

    /** Forgets the tree (keeps the cookies), so that heap measured afterwards is the server's, not the driver's. */
    void forgetTree() {
        nodes.clear();
        constants.clear();
        gridUpdates.clear();
    }

    /** Signs out through Spring Security, which ends the HTTP session and with it the Vaadin session and its UIs. */
    void signOut() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(base + "logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(springCsrf))));
    }

    private Answer call(ObjectNode... invocations) throws IOException, InterruptedException {
        ObjectNode payload = json.createObjectNode().put("csrfToken", uiCsrf);
        ArrayNode rpc = payload.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        payload.put("syncId", syncId).put("clientId", clientId);
        long started = System.nanoTime();
        var response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload))));
        long nanos = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new ProtocolException("UIDL answered " + response.statusCode());
        }
        JsonNode answer = json.readTree(response.body());
        JsonNode meta = answer.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || answer.has("resynchronize")) {
            throw new ProtocolException("server says " + meta);
        }
        if (answer.path("clientId").asInt(-1) != clientId + 1) {
            throw new ProtocolException("expected client id " + (clientId + 1) + ", got " + answer.path("clientId"));
        }
        clientId++;
        apply(answer);
        return new Answer(response.body(), nanos);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString("");
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            if (!"put".equals(type)) {
                continue;
            }
            String key = change.path("key").asString();
            JsonNode value = change.path("value");
            switch (change.path("feat").asInt()) {
                case ELEMENT_DATA -> {
                    if ("tag".equals(key)) {
                        node.tag = value.asString();
                    }
                }
                case PROPERTIES -> node.properties.put(key, value);
                case ATTRIBUTES -> node.attributes.put(key, value.isString() ? value.asString() : value.toString());
                case LISTENERS -> node.listeners.put(key, value.asString());
                default -> { }
            }
        }
        for (JsonNode command : uidl.path("execute")) {
            int last = command.size() - 1;
            // the grid's connector confirms each data update it receives; the server keeps old keys until then
            if (last == 2 && command.get(last).asString("").equals("return $0.$connector.confirm($1)")) {
                gridUpdates.add(new int[]{command.get(0).path("@v-node").asInt(), command.get(1).asInt()});
            }
        }
    }

    private String syncingEvent(Node node, String property) {
        return node.listeners.entrySet().stream()
                .filter(e -> constants.getOrDefault(e.getValue(), json.createObjectNode()).has("}" + property))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new ProtocolException(node.tag + " " + node.id + " does not synchronise " + property));
    }

    private ObjectNode sync(Node node, String property, String value) {
        return json.createObjectNode().put("type", "mSync").put("node", node.id).put("feature", PROPERTIES)
                .put("property", property).put("value", value);
    }

    private ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = json.createObjectNode().put("type", "event").put("node", node).put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    private void page(String route) throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(URI.create(base + route)).GET());
        var csrf = META_CSRF.matcher(response.body());
        if (response.statusCode() != 200 || !csrf.find()) {
            throw new ProtocolException("page " + route + " answered " + response.statusCode() + " without a CSRF token");
        }
        springCsrf = csrf.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        var response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The server or the page did not answer as Vaadin's own client expects. */
    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
