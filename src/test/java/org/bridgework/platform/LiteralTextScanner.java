package org.bridgework.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds string literals in Java source that look like text a person reads, so that such text goes through the
 * message bundles instead. A literal counts as text when it contains a letter and none of these applies:
 * <ul>
 *   <li>it is a message key ({@code residents.list.title}) or the start of one ({@code security.role.});</li>
 *   <li>it is code-like: one lower-case token without spaces ({@code legalGivenName}, {@code resident-history}),
 *       an upper-case constant ({@code OUTSIDE}), or an icon name ({@code vaadin:home});</li>
 *   <li>it is an argument of a call or annotation that takes no reader-facing text: CSS class and theme names
 *       ({@code addClassName}, {@code addClassNames}, {@code setThemeName}, {@code addThemeVariants}, ...), inline
 *       styles ({@code getStyle().set}), sizes ({@code setWidth}, {@code ResponsiveStep}, ...), date patterns
 *       ({@code ofPattern}, {@code setDateFormat}), ids ({@code setId}),
 *       attributes other than aria-* ({@code setAttribute}), route paths ({@code @Route}, {@code @RouteAlias},
 *       {@code navigate}, an {@code Anchor}'s address), front-end resources ({@code @JsModule},
 *       {@code @NpmPackage}, {@code @CssImport}, {@code executeJs}), configuration ({@code @Value}), log messages
 *       ({@code log.info(...)}) and developers' exception messages ({@code new IllegalStateException(...)});</li>
 *   <li>it is listed, with a reason, in the allow-list file.</li>
 * </ul>
 */
final class LiteralTextScanner {

    static final Pattern MESSAGE_KEY = Pattern.compile("^[a-z0-9]+(\\.[A-Za-z0-9_-]+)+$");
    /** The start of a key that the code completes, as in {@code "security.role." + role.name()}. */
    private static final Pattern KEY_PREFIX = Pattern.compile("^[a-z0-9]+(\\.[A-Za-z0-9_-]+)*\\.$");
    private static final Pattern CODE_TOKEN = Pattern.compile("^([a-z][A-Za-z0-9_-]*|[A-Z][A-Z0-9_]*|(vaadin|lumo):[a-z0-9-]+)$");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> NO_TEXT_CALLS = Set.of(
            "addClassName", "addClassNames", "removeClassName", "removeClassNames", "setClassName", "addThemeName",
            "setThemeName", "addThemeVariants", "setConfirmButtonTheme", "setCancelButtonTheme", "setRejectButtonTheme",
            "setId", "setWidth", "setMaxWidth", "setMinWidth", "setHeight", "setMaxHeight", "setMinHeight",
            "ResponsiveStep", "setAcceptedFileTypes", "ofPattern", "setDateFormat", "executeJs", "setAction", "setHref",
            "navigate", "Route", "RouteAlias",
            "JsModule", "NpmPackage", "CssImport", "StyleSheet", "JavaScript", "Value", "SuppressWarnings",
            "IllegalStateException", "IllegalArgumentException", "UnsupportedOperationException");
    private static final Set<String> LOGGERS = Set.of("log", "LOG", "logger", "LOGGER");

    record Finding(int line, String literal) {
    }

    private LiteralTextScanner() {
    }

    static List<Finding> find(String source, Set<String> allowed) {
        var findings = new ArrayList<Finding>();
        var code = new StringBuilder(source);
        var literals = new ArrayList<int[]>();
        blankCommentsAndLiterals(source, code, literals);
        for (int[] literal : literals) {
            String value = unescape(source.substring(literal[0] + 1, literal[1]));
            if (isText(value) && !allowed.contains(value) && !inNoTextContext(source, code, literal[0])) {
                findings.add(new Finding(lineOf(source, literal[0]), value));
            }
        }
        return findings;
    }

    static boolean isText(String value) {
        return LETTER.matcher(value).find() && !MESSAGE_KEY.matcher(value).matches()
                && !KEY_PREFIX.matcher(value).matches() && !CODE_TOKEN.matcher(value).matches();
    }

    /** Looks back from the literal to the call or annotation whose argument it is. */
    private static boolean inNoTextContext(String source, CharSequence code, int at) {
        int depth = 0;
        int argument = 0;
        int i = at - 1;
        for (; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '(' && depth == 0) {
                break;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth == 0) {
                    return false;
                }
                depth--;
            } else if (c == ';' && depth == 0) {
                return false;
            } else if (c == ',' && depth == 0) {
                argument++;
            }
        }
        if (i < 0) {
            return false;
        }
        int end = skipBack(code, i - 1);
        if (end >= 0 && code.charAt(end) == '>') {
            end = skipBack(code, skipTypeArguments(code, end) - 1);
        }
        int start = end;
        while (start >= 0 && Character.isJavaIdentifierPart(code.charAt(start))) {
            start--;
        }
        String name = code.subSequence(start + 1, end + 1).toString();
        String qualifier = qualifier(code, start);
        String statement = statementBefore(code, start);
        if (NO_TEXT_CALLS.contains(name) || LOGGERS.contains(qualifier)) {
            return true;
        }
        if ("set".equals(name) && statement.contains("getStyle()")) {
            return true;
        }
        if ("Anchor".equals(name) && argument == 0) {
            return true;
        }
        if ("setAttribute".equals(name)) {
            String firstArgument = source.substring(i + 1, Math.min(source.length(), i + 40)).trim();
            return argument == 0 || !firstArgument.startsWith("\"aria-");
        }
        return false;
    }

    private static String qualifier(CharSequence code, int beforeName) {
        int dot = skipBack(code, beforeName);
        if (dot < 0 || code.charAt(dot) != '.') {
            return "";
        }
        int end = skipBack(code, dot - 1);
        int start = end;
        while (start >= 0 && Character.isJavaIdentifierPart(code.charAt(start))) {
            start--;
        }
        return code.subSequence(start + 1, end + 1).toString();
    }

    private static String statementBefore(CharSequence code, int from) {
        int i = from;
        while (i >= 0 && code.charAt(i) != ';' && code.charAt(i) != '{' && code.charAt(i) != '}') {
            i--;
        }
        return code.subSequence(i + 1, from + 1).toString();
    }

    private static int skipTypeArguments(CharSequence code, int closing) {
        int depth = 0;
        for (int i = closing; i >= 0; i--) {
            if (code.charAt(i) == '>') {
                depth++;
            } else if (code.charAt(i) == '<' && --depth == 0) {
                return i;
            }
        }
        return 0;
    }

    private static int skipBack(CharSequence code, int i) {
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Comments become spaces and literal contents become x, so brackets inside them do not count. */
    private static void blankCommentsAndLiterals(String s, StringBuilder code, List<int[]> literals) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
                blank(code, i, end, ' ');
                i = end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                blank(code, i, end, ' ');
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end;
                literals.add(new int[]{i + 2, end});
                blank(code, i + 3, end, 'x');
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != c) {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(new int[]{i, end});
                }
                blank(code, i + 1, Math.min(end, s.length()), 'x');
                i = end + 1;
            } else {
                i++;
            }
        }
    }

    private static void blank(StringBuilder code, int from, int to, char with) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) != '\n') {
                code.setCharAt(i, with);
            }
        }
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }

    private static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
