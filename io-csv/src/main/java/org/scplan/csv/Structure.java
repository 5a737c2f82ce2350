package org.scplan.csv;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.scplan.csv.internal.Labels;

/**
 * How the rows of a budget table are grouped: group headings, their subtotals, the grand total and
 * the memo lines after it, recognised from the names and the blank rows of figures. Not API.
 *
 * <ul>
 *   <li>A row with a name and no figures is a group heading when lines follow it; its group ends at
 *       its subtotal ({@code Total Older People}), or, if no row ahead is its subtotal, at the next
 *       heading, the grand total or the end.</li>
 *   <li>A row named {@code Total …}, {@code Subtotal …} or {@code … total} closes the open group it
 *       names (or else the innermost one that awaits no subtotal of its own). With no group open,
 *       it is the subtotal of the lines since the last group: a group is made of them, named after
 *       the subtotal.</li>
 *   <li>The grand total is the row named as an option says, or else the last row named
 *       {@code Total}, {@code Totals}, {@code Grand total}, {@code Net cost of services} and the
 *       like (years ignored: {@code Totals 2019/20}), or else a last row named {@code … Total} that
 *       closes no group. Rows after it are memo lines, as are rows named {@code Of which …} or
 *       {@code Of the above …}.</li>
 * </ul>
 */
final class Structure {
  private static final Set<String> GRAND = Set.of("total", "totals", "grand total", "grand totals",
      "overall total", "net cost of services", "total net budget", "total budget", "total net expenditure",
      "total net cost", "net total", "total cost of services");

  private static final Pattern SUBTOTAL = Pattern.compile("(sub ?totals?|totals?)( .*)?|.* (sub ?)?totals?");
  private static final Pattern MEMO =
      Pattern.compile("(of which|of the above|memo|memorandum|including|includes)( .*)?");

  /** What a row is. */
  enum Kind { GROUP, ITEM, SUBTOTAL, TOTAL, MEMO, END }

  /** A step of building the profile: open a group, add a line of a row, or close a group. */
  record Event(Kind kind, String name, int row) {}

  /** A row of the table as the structure sees it: its position, its name and whether it has figures. */
  record Line(int row, String name, boolean hasFigures) {
    /** The name's words, made when asked for: a million lines need not keep a second copy of their names. */
    String words() {
      return Labels.words(name);
    }
  }

  private static final class Node {
    final Kind kind;
    final Line line;
    /** The members of a group; a line has none, and keeps no list. */
    final List<Node> children;
    Line subtotal;
    boolean awaitsSubtotal;

    Node(Kind kind, Line line) {
      this.kind = kind;
      this.line = line;
      this.children = kind == Kind.GROUP ? new ArrayList<>() : List.of();
    }
  }

  private Structure() {}

  /**
   * Works out the structure of a table's rows.
   *
   * @param lines the rows that are not blank, in order
   * @param totalRow the name of the grand total row given as an option, or null
   * @return the steps to build the profile, in order
   */
  static List<Event> of(List<Line> lines, String totalRow) {
    int grand = grandTotal(lines, totalRow);
    boolean loose = grand >= 0 && totalRow == null && !GRAND.contains(lines.get(grand).words());
    Node root = new Node(Kind.GROUP, null);
    Deque<Node> open = new ArrayDeque<>();
    int end = grand >= 0 ? grand : lines.size();
    for (int i = 0; i < lines.size(); i++) {
      Line r = lines.get(i);
      Node top = open.isEmpty() ? root : open.peek();
      if (grand >= 0 && i > grand) {
        root.children.add(new Node(Kind.MEMO, r));
        continue;
      }
      if (i == grand) {
        Node named = loose ? findOpen(open, subject(r.words())) : null;
        if (named != null) {
          closeAsSubtotal(open, named, r);
          continue;
        }
        root.children.add(new Node(Kind.TOTAL, r));
        continue;
      }
      if (!r.hasFigures()) {
        if (opensGroup(lines, i, end)) {
          while (!open.isEmpty() && !open.peek().awaitsSubtotal && !open.peek().children.isEmpty()) {
            open.pop();
          }
          Node g = new Node(Kind.GROUP, r);
          g.awaitsSubtotal = subtotalAhead(lines, i, end, r.words());
          (open.isEmpty() ? root : open.peek()).children.add(g);
          open.push(g);
        } else {
          top.children.add(new Node(Kind.ITEM, r));
        }
        continue;
      }
      if (isMemo(r.words())) {
        top.children.add(new Node(Kind.MEMO, r));
        continue;
      }
      if (isSubtotal(r.words())) {
        Node g = findOpen(open, subject(r.words()));
        if (g == null && !open.isEmpty() && !open.peek().awaitsSubtotal) {
          g = open.peek();
        }
        if (g != null) {
          closeAsSubtotal(open, g, r);
          continue;
        }
        if (open.isEmpty() && retroactiveGroup(root, r)) {
          continue;
        }
      }
      top.children.add(new Node(Kind.ITEM, r));
    }
    List<Event> events = new ArrayList<>();
    for (Node n : root.children) {
      flatten(n, events);
    }
    return events;
  }

  private static void closeAsSubtotal(Deque<Node> open, Node group, Line row) {
    while (open.peek() != group) {
      open.pop();
    }
    group.subtotal = row;
    open.pop();
  }

  /** Makes a group of the items at the end of the top level, closed by a subtotal row; false if there are none. */
  private static boolean retroactiveGroup(Node root, Line subtotal) {
    int from = root.children.size();
    while (from > 0 && root.children.get(from - 1).kind == Kind.ITEM) {
      from--;
    }
    if (from == root.children.size()) {
      return false;
    }
    String name = subjectAsPrinted(subtotal.name());
    Node g = new Node(Kind.GROUP, new Line(subtotal.row(), name.isEmpty() ? subtotal.name() : name, false));
    List<Node> members = root.children.subList(from, root.children.size());
    g.children.addAll(members);
    members.clear();
    g.subtotal = subtotal;
    root.children.add(g);
    return true;
  }

  private static void flatten(Node n, List<Event> events) {
    switch (n.kind) {
      case GROUP -> {
        events.add(new Event(Kind.GROUP, n.line.name(), n.line.row()));
        for (Node c : n.children) {
          flatten(c, events);
        }
        events.add(n.subtotal == null ? new Event(Kind.END, n.line.name(), -1)
            : new Event(Kind.SUBTOTAL, n.subtotal.name(), n.subtotal.row()));
      }
      default -> events.add(new Event(n.kind, n.line.name(), n.line.row()));
    }
  }

  /** A heading opens a group when a line, another heading, or its own subtotal follows it. */
  private static boolean opensGroup(List<Line> lines, int i, int end) {
    if (i + 1 >= end) {
      return false;
    }
    Line next = lines.get(i + 1);
    if (!next.hasFigures()) {
      return true;
    }
    if (isMemo(next.words())) {
      return false;
    }
    if (isSubtotal(next.words())) {
      return matches(subject(next.words()), lines.get(i).words());
    }
    return true;
  }

  private static boolean subtotalAhead(List<Line> lines, int i, int end, String group) {
    for (int j = i + 1; j < end; j++) {
      Line l = lines.get(j);
      if (l.hasFigures() && isSubtotal(l.words()) && matches(subject(l.words()), group)) {
        return true;
      }
    }
    return false;
  }

  private static Node findOpen(Deque<Node> open, String subject) {
    if (subject.isEmpty()) {
      return null;
    }
    for (Node g : open) {
      if (matches(subject, g.line.words())) {
        return g;
      }
    }
    return null;
  }

  private static boolean matches(String subject, String g) {
    return !subject.isEmpty() && !g.isEmpty() && (subject.equals(g) || subject.contains(g) || g.contains(subject));
  }

  private static int grandTotal(List<Line> lines, String totalRow) {
    if (totalRow != null) {
      String w = Labels.words(totalRow);
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (lines.get(i).words().equals(w)) {
          return i;
        }
      }
      return -1;
    }
    int last = -1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      Line l = lines.get(i);
      if (!l.hasFigures() || isMemo(l.words())) {
        continue;
      }
      if (GRAND.contains(l.words())) {
        return i;
      }
      if (last < 0) {
        last = i;
      }
    }
    if (last >= 0) {
      String w = lines.get(last).words();
      if (w.endsWith(" total") || w.endsWith(" totals") || isSubtotal(w)) {
        return last;
      }
    }
    return -1;
  }

  /** Whether a name's words are a subtotal's: {@code total older people}, {@code older people total}. */
  static boolean isSubtotal(String w) {
    return SUBTOTAL.matcher(w).matches();
  }

  /** Whether a name's words are a grand total's: {@code total}, {@code net cost of services}. */
  static boolean isGrand(String w) {
    return GRAND.contains(w);
  }

  /** Whether a name's words are a memo line's: {@code of which externally funded}. */
  static boolean isMemo(String w) {
    return MEMO.matcher(w).matches();
  }

  /** The words of what a subtotal totals: {@code total older people} gives {@code older people}. */
  static String subject(String w) {
    return w.replaceFirst("^(sub ?totals?|totals?)( |$)", "")
        .replaceFirst("( |^)(sub ?)?totals?$", "").strip();
  }

  private static String subjectAsPrinted(String name) {
    return Labels.clean(name).replaceFirst("(?i)^(sub[- ]?totals?|totals?)\\s*:?\\s*", "")
        .replaceFirst("(?i)\\s*(sub[- ]?)?totals?$", "").strip();
  }
}
