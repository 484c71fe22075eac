package cn.bangfu.appraisal.control;

import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.Text;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.ToDoubleFunction;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.operator.Operator;

/**
 * A scoring formula of an AUTO indicator ({@code min(20, resolutionRate * 20)}) or a veto condition
 * ({@code findingsSerious > 0 || rectificationsOverdue >= 3}), parsed once and evaluated over a unit's {@link Metric}s with
 * exp4j (DESIGN §4). Arithmetic over declared names only: never a scripting engine, never Expression Language, nothing that
 * reaches a Java class or method. {@code Runtime.getRuntime()}, {@code #{…}} and {@code java.lang.System.exit(0)} do not parse.
 *
 * <h2>What a formula may contain</h2>
 * <ul>
 * <li>numbers: {@code 20}, {@code 0.5}, {@code 1e3};
 * <li>the metric names of {@link Metric#keys()}, case-sensitive, and no other name (no {@code pi}, no {@code e});
 * <li>functions: {@code min(a, b)}, {@code max(a, b)}, {@code clamp(x, lo, hi)} (x held within lo..hi: lo when x is below,
 * hi when above; lo when lo is above hi), and exp4j's {@code abs(x)}, {@code floor(x)}, {@code ceil(x)} (for rules such as
 * "1 point per 4 visits": {@code floor(visits / 4)}); the name is followed by its brackets;
 * <li>brackets {@code ( )} (not {@code [ ]} or <code>{ }</code>), commas between a function's arguments;
 * <li>operators, from the tightest binding: {@code ^} (power, right to left: {@code 2^3^2} is 2^9); unary {@code -} and
 * {@code +} ({@code -2^2} is -4); {@code * / %}; {@code + -}; {@code < <= > >=}; {@code == !=}; {@code &&}; {@code ||}.
 * Binary operators group left to right; a comparison or a logical operator gives 1 (true) or 0 (false), a logical operator
 * takes any number other than 0 as true. Comparisons count numbers that differ by less than a billionth of their size as
 * equal, so {@code 0.57 * 100 >= 57} holds as it does on paper (in binary floating point 0.57 * 100 is 56.99999999999999).
 * </ul>
 * The symbols are those of Java and C: exp4j 0.4.8 accepts operator symbols made of the characters
 * {@code + - * / % ^ ! # § $ & ; : ~ < > | =} ({@link Operator#ALLOWED_OPERATOR_CHARS}) and reads the longest symbol it
 * knows, so {@code >=}, {@code ==}, {@code !=}, {@code &&} and {@code ||} are all expressible and need no substitutes; a
 * lone {@code =}, {@code !}, {@code &} or {@code |} is refused with the list of operators. Implicit multiplication
 * ({@code 2visits}) is off. Full-width characters typed with a Chinese input method (（），＋＞ and full-width letters or
 * digits) and × ÷ read as their ASCII forms; any blank separates. A formula has at most {@value #MAX_LENGTH} characters.
 *
 * <h2>Errors</h2>
 * {@link #parse} checks the text itself, token by token, before exp4j compiles it, so that every refusal names the place
 * and the reason in words an evaluation officer reads ({@code formula.syntax}: the 1-based position, the text there and
 * the reason as a word of the bundle, {@code formula.syntax.*}), and an unknown name is named with the names allowed
 * ({@code formula.unknownName}). Evaluating divides by zero ({@code formula.divisionByZero}, exp4j's
 * {@link ArithmeticException}; functions take all their arguments evaluated, so a zero divisor anywhere counts) or ends in
 * a result that is not a number ({@code formula.notANumber}: 0 to a negative power, a negative to a fractional power).
 *
 * <h2>Threads</h2>
 * A Formula is immutable and may be shared by any number of threads (one per scheme, for a whole campaign's batch
 * scoring): exp4j's {@link Expression} holds its variables' values and is not thread-safe, so each evaluation works on its
 * own copy of the compiled expression ({@link Expression#Expression(Expression)}: the tokens, no parsing again); the
 * operators and functions are stateless. It serializes as its text and is parsed again when read.
 */
public final class Formula implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest formula, in characters. */
    public static final int MAX_LENGTH = 500;

    /** Numbers closer than this part of their size compare equal; a result this far outside 0..max is still in range. */
    static final double TOLERANCE = 1e-9;

    private static final int PRECEDENCE_OR = 100;
    private static final int PRECEDENCE_AND = 200;
    private static final int PRECEDENCE_EQUALITY = 300;
    private static final int PRECEDENCE_RELATIONAL = 400;

    private static final List<Operator> OPERATORS = List.of(
            binary("||", PRECEDENCE_OR, (a, b) -> truth(a != 0 || b != 0)),
            binary("&&", PRECEDENCE_AND, (a, b) -> truth(a != 0 && b != 0)),
            binary("==", PRECEDENCE_EQUALITY, (a, b) -> truth(compare(a, b) == 0)),
            binary("!=", PRECEDENCE_EQUALITY, (a, b) -> truth(compare(a, b) != 0)),
            binary("<", PRECEDENCE_RELATIONAL, (a, b) -> truth(compare(a, b) < 0)),
            binary("<=", PRECEDENCE_RELATIONAL, (a, b) -> truth(compare(a, b) <= 0)),
            binary(">", PRECEDENCE_RELATIONAL, (a, b) -> truth(compare(a, b) > 0)),
            binary(">=", PRECEDENCE_RELATIONAL, (a, b) -> truth(compare(a, b) >= 0)));

    /** Every operator symbol a formula may use: exp4j's own and ours. */
    private static final Set<String> SYMBOLS;

    private static final List<Function> FUNCTIONS = List.of(
            function("min", 2, a -> Math.min(a[0], a[1])),
            function("max", 2, a -> Math.max(a[0], a[1])),
            function("clamp", 3, a -> Math.max(a[1], Math.min(a[2], a[0]))));

    /** The functions a formula may call and their number of arguments: ours, and the harmless few of exp4j's. */
    private static final Map<String, Integer> ARITY;

    static {
        Set<String> symbols = new HashSet<>(List.of("+", "-", "*", "/", "%", "^"));
        OPERATORS.forEach(o -> symbols.add(o.getSymbol()));
        SYMBOLS = Set.copyOf(symbols);
        Map<String, Integer> arity = new LinkedHashMap<>();
        FUNCTIONS.forEach(f -> arity.put(f.getName(), f.getNumArguments()));
        arity.put("abs", 1);
        arity.put("floor", 1);
        arity.put("ceil", 1);
        ARITY = Collections.unmodifiableMap(arity);
    }

    private static final Messages.Term ACTUAL = new Messages.Term("formula.case.ACTUAL");

    private final String text;
    private final Set<Metric> metrics;
    private final transient Expression compiled;

    private Formula(String text, Set<Metric> metrics, Expression compiled) {
        this.text = text;
        this.metrics = Collections.unmodifiableSet(metrics);
        this.compiled = compiled;
    }

    /**
     * The formula of a text, checked: {@code formula.empty} (nothing but blanks), {@code formula.tooLong} (more than
     * {@value #MAX_LENGTH} characters: the length, the most), {@code formula.unknownName} (the name, the metrics allowed,
     * the functions allowed), {@code formula.syntax} (the 1-based position, the text there, the reason).
     */
    public static Formula parse(String text) {
        String s = normalised(text == null ? "" : text);
        if (s.isBlank()) {
            throw new FormulaException("formula.empty");
        }
        int length = Text.length(text.strip());
        if (length > MAX_LENGTH) {
            throw new FormulaException("formula.tooLong", length, MAX_LENGTH);
        }
        Set<Metric> used = scan(s);
        Expression compiled;
        try {
            compiled = new ExpressionBuilder(s).implicitMultiplication(false).variables(Set.copyOf(Metric.keys()))
                    .functions(FUNCTIONS).operator(OPERATORS).build();
            ValidationResult v = compiled.validate(false);
            if (!v.isValid()) {
                throw new IllegalArgumentException(String.join("; ", v.getErrors()));
            }
        } catch (RuntimeException e) {
            // scan() refuses everything exp4j would; this is a last guard, with exp4j's words in the cause.
            throw new FormulaException(FormulaProblem.of("formula.syntax", 1, text.strip(), new Messages.Term("formula.syntax.other")), e);
        }
        return new Formula(text, used, compiled);
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The metrics the formula names. */
    public Set<Metric> metrics() {
        return metrics;
    }

    /**
     * The formula's value for a unit's metrics (extra entries are ignored). Refused: {@code formula.noValue} (a metric it
     * names has no value in {@code values}, or one that is not a number: the metric's name and its description; a rate
     * without a denominator, null in the ledger, is the caller's to decide), {@code formula.divisionByZero} and
     * {@code formula.notANumber} (both with the case "按实际指标计算时").
     */
    public double evaluate(Map<Metric, Double> values) {
        return evaluate(values, ACTUAL);
    }

    /** A veto condition's truth for a unit's metrics: any value other than 0 is true. Refused as {@link #evaluate}. */
    public boolean test(Map<Metric, Double> values) {
        return evaluate(values) != 0;
    }

    private double evaluate(Map<Metric, Double> values, Messages.Term when) {
        Expression e = new Expression(compiled);
        for (Metric m : metrics) {
            Double v = values == null ? null : values.get(m);
            if (v == null || !Double.isFinite(v)) {
                throw new FormulaException("formula.noValue", m.key(), m.term());
            }
            e.setVariable(m.key(), v);
        }
        double result;
        try {
            result = e.evaluate();
        } catch (ArithmeticException x) {
            throw new FormulaException(FormulaProblem.of("formula.divisionByZero", when), x);
        }
        if (!Double.isFinite(result)) {
            throw new FormulaException("formula.notANumber", when);
        }
        return result + 0.0; // no -0
    }

    /**
     * The representative metric values the editor tries a formula on before it is saved. A formula that fails on one of
     * them would fail on real units too, or score outside the indicator's range; the message names the case.
     */
    public enum Case {
        /** 当所有指标都为 0 时: a unit with no problems, targets, visits or findings yet. */
        ZERO(0, 0, 0),
        /** 当各项比率为 0.9、数量为 10、天数为 20 时: an ordinary unit. */
        TYPICAL(0.9, 10, 20),
        /** 当各项比率为 1、数量和天数都为 100 时: a unit at the top of every rate and with large counts. */
        HIGH(1, 100, 100);

        private final Map<Metric, Double> values;

        Case(double rate, double count, double days) {
            Map<Metric, Double> v = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) {
                v.put(m, switch (m.kind()) {
                    case RATE -> rate;
                    case COUNT -> count;
                    case DAYS -> days;
                });
            }
            this.values = Collections.unmodifiableMap(v);
        }

        /** Every metric's value in this case. */
        public Map<Metric, Double> metricValues() {
            return values;
        }

        /** The case in words, for a message: {@code formula.case.ZERO} "当所有指标都为 0 时". */
        public Messages.Term term() {
            return new Messages.Term("formula.case." + name());
        }
    }

    /**
     * What the scheme editor says of an AUTO indicator's formula with the indicator's maximum, empty when all is well:
     * the parse problem if it does not parse (and nothing else); else it is evaluated in every {@link Case} (all metrics 0;
     * rates 0.9, counts 10, days 20; rates 1, counts and days 100) and reports, each once, for the first case it happens
     * in: {@code formula.divisionByZero} or {@code formula.notANumber} (the case), {@code formula.outOfRange} below 0 and
     * above {@code max} (the case, the value and the maximum as text: "-10", "12.5").
     */
    public static List<FormulaProblem> check(String text, double max) {
        if (!(max >= 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("an indicator's maximum is a number of points, not " + max);
        }
        return check(text, max, true);
    }

    /** What the scheme editor says of a veto condition: as {@link #check(String, double)} without a range (any value is a truth). */
    public static List<FormulaProblem> checkCondition(String text) {
        return check(text, 0, false);
    }

    private static List<FormulaProblem> check(String text, double max, boolean ranged) {
        Formula f;
        try {
            f = parse(text);
        } catch (FormulaException e) {
            return List.of(e.problem());
        }
        List<FormulaProblem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        double slack = TOLERANCE * Math.max(1, max);
        for (Case c : Case.values()) {
            double v;
            try {
                v = f.evaluate(c.metricValues(), c.term());
            } catch (FormulaException e) {
                if (reported.add(e.key())) {
                    problems.add(e.problem());
                }
                continue;
            }
            if (ranged && v < -slack && reported.add("below")) {
                problems.add(FormulaProblem.of("formula.outOfRange", c.term(), points(v), points(max)));
            } else if (ranged && v > max + slack && reported.add("above")) {
                problems.add(FormulaProblem.of("formula.outOfRange", c.term(), points(v), points(max)));
            }
        }
        return List.copyOf(problems);
    }

    /** Points as a message shows them: at most 4 decimals, no trailing zeros ("100", "-10", "12.5"). */
    static String points(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    // --- the check of the text, before exp4j: what it refuses, and where ---

    /** One open bracket: where, and the function it belongs to (null for a plain one) with the arguments seen so far. */
    private static final class Bracket {
        final int at;
        final String function;
        final int functionAt;
        int args = 1;

        Bracket(int at, String function, int functionAt) {
            this.at = at;
            this.function = function;
            this.functionAt = functionAt;
        }
    }

    /**
     * Walks the text token by token as exp4j's tokenizer will (the same characters make names, numbers and operator
     * symbols; the longest known symbol is taken), expecting an operand or an operator in turn, and returns the metrics it
     * names; refuses unknown names, characters and symbols, a missing operand or operator, stray commas, unmatched
     * brackets and wrong numbers of arguments, at their position.
     */
    private static Set<Metric> scan(String s) {
        Set<Metric> used = EnumSet.noneOf(Metric.class);
        Deque<Bracket> open = new ArrayDeque<>();
        boolean operand = true;
        String call = null;
        int callAt = -1;
        int lastAt = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            int at = i;
            if (call != null && c != '(') {
                throw syntax(callAt, call, "call");
            }
            if (isDigit(c) || c == '.') {
                i = number(s, i);
                if (!operand) {
                    throw syntax(at, s.substring(at, i), "operatorExpected");
                }
                operand = false;
            } else if (Character.isLetter(c) || c == '_') {
                i++;
                while (i < n && isNameChar(s.charAt(i))) {
                    i++;
                }
                String name = s.substring(at, i);
                Metric m = Metric.byKey(name);
                if (m == null && !ARITY.containsKey(name)) {
                    throw new FormulaException("formula.unknownName", name, String.join(", ", Metric.keys()), String.join(", ", ARITY.keySet()));
                }
                if (!operand) {
                    throw syntax(at, name, "operatorExpected");
                }
                if (m != null) {
                    used.add(m);
                    operand = false;
                } else {
                    call = name;
                    callAt = at;
                }
            } else if (c == '(') {
                if (!operand) {
                    throw syntax(at, "(", "operatorExpected");
                }
                open.push(new Bracket(at, call, callAt));
                call = null;
                i++;
            } else if (c == ')') {
                if (open.isEmpty()) {
                    throw syntax(at, ")", "unopened");
                }
                if (operand) {
                    throw syntax(at, ")", "operand");
                }
                Bracket b = open.pop();
                if (b.function != null && b.args != ARITY.get(b.function)) {
                    throw syntax(b.functionAt, b.function, "arguments");
                }
                i++;
            } else if (c == ',') {
                if (open.isEmpty() || open.peek().function == null) {
                    throw syntax(at, ",", "comma");
                }
                if (operand) {
                    throw syntax(at, ",", "operand");
                }
                Bracket b = open.peek();
                if (++b.args > ARITY.get(b.function)) {
                    throw syntax(b.functionAt, b.function, "arguments");
                }
                operand = true;
                i++;
            } else if (Operator.isAllowedOperatorChar(c)) {
                int end = i;
                while (end < n && Operator.isAllowedOperatorChar(s.charAt(end))) {
                    end++;
                }
                String symbol = s.substring(i, end);
                while (!symbol.isEmpty() && !SYMBOLS.contains(symbol)) {
                    symbol = symbol.substring(0, symbol.length() - 1);
                }
                if (symbol.isEmpty()) {
                    throw syntax(at, s.substring(i, end), "operator");
                }
                if (operand && !symbol.equals("-") && !symbol.equals("+")) {
                    throw syntax(at, symbol, "operand");
                }
                operand = true; // after a binary operator, and after a unary one
                i += symbol.length();
            } else {
                throw syntax(at, String.valueOf(c), "character");
            }
            lastAt = at;
        }
        if (call != null) {
            throw syntax(callAt, call, "call");
        }
        if (!open.isEmpty()) {
            throw syntax(open.peek().at, "(", "unclosed");
        }
        if (operand) {
            throw syntax(lastAt, s.substring(lastAt).strip(), "end");
        }
        return used;
    }

    /** The end of the number at {@code i}: digits with one point, and an exponent ({@code 1e3}) only with its digits. */
    private static int number(String s, int i) {
        int at = i;
        int n = s.length();
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            throw syntax(at, s.substring(at, i), "number");
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int k = j;
            while (k < n && isDigit(s.charAt(k))) {
                k++;
            }
            if (k > j) {
                i = k;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** As exp4j's tokenizer continues a name. */
    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || Character.isDigit(c) || c == '_' || c == '.';
    }

    private static FormulaException syntax(int at, String fragment, String reason) {
        return new FormulaException("formula.syntax", at + 1, fragment, new Messages.Term("formula.syntax." + reason));
    }

    /**
     * The text as exp4j reads it, character for character (positions stay): full-width forms (U+FF01–U+FF5E) as ASCII,
     * × and ÷ as * and /, the minus sign − as -, every blank as a space.
     */
    static String normalised(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                cs[i] = (char) (c - 0xFEE0);
            } else if (c == '\u00D7') {
                cs[i] = '*';
            } else if (c == '\u00F7') {
                cs[i] = '/';
            } else if (c == '\u2212') {
                cs[i] = '-';
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                cs[i] = ' ';
            }
        }
        return new String(cs);
    }

    // --- exp4j's operators and functions: stateless, shared by every expression ---

    private static double truth(boolean b) {
        return b ? 1 : 0;
    }

    /** -1, 0 or 1, with numbers closer than {@link #TOLERANCE} of their size equal. */
    static int compare(double a, double b) {
        double slack = TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        return Math.abs(a - b) <= slack ? 0 : a < b ? -1 : 1;
    }

    /** A binary, left-associative operator; a NaN operand gives NaN, so it is never hidden behind a 0 or a 1. */
    private static Operator binary(String symbol, int precedence, DoubleBinaryOperator f) {
        return new Operator(symbol, 2, true, precedence) {
            @Override
            public double apply(double... args) {
                return Double.isNaN(args[0]) || Double.isNaN(args[1]) ? Double.NaN : f.applyAsDouble(args[0], args[1]);
            }
        };
    }

    private static Function function(String name, int arguments, ToDoubleFunction<double[]> f) {
        return new Function(name, arguments) {
            @Override
            public double apply(double... args) {
                return f.applyAsDouble(args);
            }
        };
    }

    // --- equality by text, serialization as text ---

    @Override
    public boolean equals(Object o) {
        return o instanceof Formula f && f.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    private Object writeReplace() {
        return new Serialized(text);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a formula is read through its text");
    }

    private record Serialized(String text) implements Serializable {
        private Object readResolve() {
            return parse(text);
        }
    }
}
