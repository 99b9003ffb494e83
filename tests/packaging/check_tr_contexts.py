#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every string lupdate extracts is looked up at run time in the context lupdate wrote.

lupdate files an unqualified tr("…") under the class (or namespace) of the function it is in.
At run time tr() is whatever C++ name lookup finds: the class's own tr (Q_OBJECT,
Q_DECLARE_TR_FUNCTIONS) or, in a class without one, a file-local helper such as
    namespace { QString tr(const char* t) { return QCoreApplication::translate("Deliverbench::Auth", t); } }
When the two differ the .ts files hold translations that are never used.

The check runs lupdate (-locations absolute) over core/ and app/ into a scratch directory, then
for every extracted message finds the call at its file:line and works out the run-time context:
  - QCoreApplication::translate("C", …), QT_TRANSLATE_NOOP("C", …): C, as written;
  - X::tr(…): the tr of class X (Q_OBJECT: its name; Q_DECLARE_TR_FUNCTIONS(C): C);
  - tr(…): the enclosing classes (innermost first, then their bases) with a tr of their own,
    else the free tr() helper visible in the enclosing namespaces (defined in the file, in a
    project header it includes, or brought in with `using ns::tr;`), with the context its
    body passes to QCoreApplication::translate.
It fails on any message whose run-time context differs from lupdate's, and on any message whose
call it cannot find (so a parsing gap shows up instead of hiding a mismatch).

usage: check_tr_contexts.py --lupdate PATH --source-dir DIR --work-dir DIR
"""

import argparse
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

# lupdate runs: (name, source folders, include folders), relative to the source dir. The first
# one is the set app/gui/CMakeLists.txt gives qt_add_translations (core + app/gui).
RUNS = [
    ("core+gui", ["core", "app/gui"], ["core", "app/gui"]),
    ("cli", ["app/cli"], ["core", "app/cli"]),
]

TR_CALLS = {"tr", "QT_TR_NOOP", "QT_TR_N_NOOP", "QT_TR_NOOP_UTF8"}
TRANSLATE_CALLS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP", "QT_TRANSLATE_NOOP3",
                   "QT_TRANSLATE_NOOP_UTF8", "QT_TRANSLATE_N_NOOP3"}
NOT_DECLARATORS = {"noexcept", "decltype", "alignas", "__attribute__", "throw", "requires",
                   "static_assert", "sizeof", "alignof", "if", "for", "while", "switch", "return"}
KEYWORDS_BEFORE_CALL = {"return", "case", "else", "do", "co_return", "throw", "new", "delete"}


class Tok:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind = kind  # id, str, chr, num, op
        self.text = text  # for str: the decoded value
        self.line = line

    def __repr__(self):
        return "%s:%r@%d" % (self.kind, self.text, self.line)


SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
                  "\\": "\\", "'": "'", '"': '"', "?": "?"}


def decode_literal(body):
    """C++ escape sequences of a (UTF-8) narrow string literal body."""
    out = bytearray()
    i = 0
    raw = body.encode("utf-8")
    while i < len(raw):
        c = raw[i]
        if c != 0x5C:  # backslash
            out.append(c)
            i += 1
            continue
        i += 1
        e = chr(raw[i])
        if e in SIMPLE_ESCAPES:
            out += SIMPLE_ESCAPES[e].encode()
            i += 1
        elif e == "x":
            m = re.match(rb"[0-9a-fA-F]+", raw[i + 1:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 1 + len(m.group(0))
        elif e in "01234567":
            m = re.match(rb"[0-7]{1,3}", raw[i:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += len(m.group(0))
        elif e in "uU":
            n = 4 if e == "u" else 8
            out += chr(int(raw[i + 1:i + 1 + n], 16)).encode("utf-8")
            i += 1 + n
        else:
            out.append(raw[i])
            i += 1
    return out.decode("utf-8", errors="replace")


TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t\r\f\v]+)
  | (?P<nl>\n)
  | (?P<lc>//[^\n]*)
  | (?P<bc>/\*.*?\*/)
  | (?P<raw>(?:u8|[uUL])?R"(?P<delim>[^ ()\\\t\n]{0,16})\((?P<rawbody>.*?)\)(?P=delim)")
  | (?P<str>(?:u8|[uUL])?"(?P<strbody>(?:[^"\\\n]|\\.)*)")
  | (?P<chr>(?:u8|[uUL])?'(?:[^'\\\n]|\\.)*')
  | (?P<num>\.?[0-9](?:[0-9a-zA-Z_.']|[eEpP][+-])*)
  | (?P<id>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>::|->|.)
""", re.S | re.X)


def tokenize(text):
    """Tokens without comments; preprocessor lines are returned separately as (line, text)."""
    tokens = []
    directives = []
    line = 1
    pos = 0
    at_line_start = True
    n = len(text)
    while pos < n:
        if at_line_start:
            m = re.match(r"[ \t]*#", text[pos:pos + 200])
            if m:
                end = pos
                while True:  # a directive runs to the first newline not escaped by a backslash
                    nl = text.find("\n", end)
                    if nl < 0:
                        nl = n
                    if nl > 0 and text[nl - 1] == "\\" and nl < n:
                        end = nl + 1
                        continue
                    break
                directives.append((line, text[pos:nl]))
                line += text.count("\n", pos, nl)
                pos = nl
                continue
        m = TOKEN_RE.match(text, pos)
        kind = m.lastgroup
        if kind in ("delim", "rawbody", "strbody"):
            kind = "raw" if m.group("raw") else "str"
        s = m.group(0)
        if kind == "nl":
            line += 1
            at_line_start = True
            pos = m.end()
            continue
        if kind not in ("ws", "lc", "bc"):
            at_line_start = False
            if kind == "raw":
                tokens.append(Tok("str", m.group("rawbody"), line))
            elif kind == "str":
                tokens.append(Tok("str", decode_literal(m.group("strbody")), line))
            else:
                tokens.append(Tok(kind, s, line))
        line += s.count("\n")
        pos = m.end()
    return tokens, directives


class ClassInfo:
    def __init__(self, fq, file, ns, outer, bases):
        self.fq = fq
        self.file = file
        self.ns = ns          # namespace path (list, anonymous namespaces left out)
        self.outer = outer    # fq name of the enclosing class, or None
        self.bases = bases    # base class names as written
        self.tr = None        # ("Q_OBJECT", ctx) / ("Q_DECLARE_TR_FUNCTIONS", ctx) / ("member tr", ctx or None)


class Call:
    def __init__(self, file, line, kind, qualifier, context, source, scope):
        self.file = file
        self.line = line
        self.kind = kind            # "tr" (unqualified tr-like), "qualified", "explicit", "member"
        self.qualifier = qualifier  # X of X::tr
        self.context = context      # explicit context literal
        self.source = source
        self.scope = scope          # list of frames (innermost last), copied


class Frame:
    __slots__ = ("kind", "name", "qualifier", "ns", "cls", "helper_ctx", "is_helper", "saved_head")

    def __init__(self, kind, name=None):
        self.kind = kind  # ns, class, func, block, init
        self.name = name
        self.qualifier = None
        self.ns = None
        self.cls = None
        self.helper_ctx = None
        self.is_helper = False
        self.saved_head = None


def top_level(head, all_angles=False):
    """Yields (index, token, depth, angle): the () [] nesting and the <> nesting before the token.

    Only `template <` opens an angle unless all_angles (a declaration head, where `<` at
    parenthesis depth 0 is a template argument list)."""
    depth = 0
    angle = 0
    for i, t in enumerate(head):
        if t.kind == "op" and t.text in ")]":
            depth -= 1
        elif t.kind == "op" and t.text == ">" and angle > 0 and depth == 0:
            angle -= 1
        yield i, t, depth, angle
        if t.kind == "op" and t.text in "([":
            depth += 1
        elif t.kind == "op" and t.text == "<" and depth == 0 and i > 0 and (
                all_angles and (head[i - 1].kind == "id" and head[i - 1].text != "operator")
                or head[i - 1].kind == "id" and head[i - 1].text == "template"):
            angle += 1


def qualified_name_before(head, end):
    """The qualified id ending at head[end] (inclusive), as a list of names; template args skipped."""
    names = []
    i = end
    while i >= 0:
        t = head[i]
        if t.kind == "op" and t.text == ">":
            depth = 0
            while i >= 0:
                if head[i].kind == "op" and head[i].text == ">":
                    depth += 1
                elif head[i].kind == "op" and head[i].text == "<":
                    depth -= 1
                    if depth == 0:
                        break
                i -= 1
            i -= 1
            continue
        if t.kind != "id":
            break
        names.insert(0, t.text)
        if i >= 1 and head[i - 1].kind == "op" and head[i - 1].text == "~":
            i -= 1
        if i >= 1 and head[i - 1].kind == "op" and head[i - 1].text == "::":
            i -= 2
            continue
        break
    return names


class FileModel:
    def __init__(self, path):
        self.path = path
        self.includes = []
        self.classes = []
        self.helpers = []   # (ns path, ctx)
        self.usings = []    # (ns path, target names, is_namespace)
        self.calls = []


def parse_class_head(head):
    """(name list, bases) when head is a class definition head, else None."""
    key = None
    for i, t, depth, angle in top_level(head):
        if depth == 0 and angle == 0 and t.kind == "id" and t.text in ("class", "struct", "union"):
            if i > 0 and head[i - 1].kind == "id" and head[i - 1].text == "enum":
                return None
            key = i
    if key is None:
        return None
    rest = head[key + 1:]
    # skip export macros and attributes: NAME_EXPORT Name, [[deprecated]] Name
    j = 0
    while j < len(rest) and rest[j].kind == "op" and rest[j].text == "[":
        d = 0
        while j < len(rest):
            if rest[j].text == "[":
                d += 1
            elif rest[j].text == "]":
                d -= 1
                if d == 0:
                    break
            j += 1
        j += 1
    while j + 1 < len(rest) and rest[j].kind == "id" and rest[j + 1].kind == "id" and rest[j + 1].text != "final" \
            and re.fullmatch(r"[A-Z0-9_]+", rest[j].text):
        j += 1
    if j >= len(rest):
        return ([], [])  # anonymous struct
    names = []
    while j < len(rest) and rest[j].kind == "id":
        names.append(rest[j].text)
        j += 1
        if j < len(rest) and rest[j].text == "<":  # partial specialisation
            d = 0
            while j < len(rest):
                if rest[j].text == "<":
                    d += 1
                elif rest[j].text == ">":
                    d -= 1
                    if d == 0:
                        break
                j += 1
            j += 1
        if j < len(rest) and rest[j].text == "::":
            j += 1
            continue
        break
    if not names:
        return None
    if j < len(rest) and rest[j].kind == "id" and rest[j].text == "final":
        j += 1
    if j == len(rest):
        return (names, [])
    if rest[j].text != ":" :
        return None
    bases = []
    cur = []
    depth = 0
    for t in rest[j + 1:]:
        if t.text == "<":
            depth += 1
        elif t.text == ">":
            depth -= 1
        if t.text == "," and depth == 0:
            bases.append(cur)
            cur = []
            continue
        cur.append(t)
    bases.append(cur)
    base_names = []
    for b in bases:
        ids = [t for t in b if not (t.kind == "id" and t.text in ("public", "protected", "private", "virtual"))]
        # strip template arguments
        name = []
        depth = 0
        for t in ids:
            if t.text == "<":
                depth += 1
            elif t.text == ">":
                depth -= 1
            elif depth == 0 and (t.kind == "id" or t.text == "::"):
                name.append(t.text)
        if name:
            base_names.append("".join(name))
    return (names, base_names)


def parse_function_head(head):
    """Declarator name (list) of a function definition head, or None."""
    op = None
    for i, t, depth, angle in top_level(head):
        if depth == 0 and t.kind == "op" and t.text == "=" and op is None:
            # `x = ...` is an initialiser, `operator=` is not
            if not (i > 0 and head[i - 1].kind == "id" and head[i - 1].text == "operator") and \
                    not (i > 0 and head[i - 1].kind == "op" and head[i - 1].text in "=!<>+-*/%&|^"):
                return None
        if depth == 0 and t.kind == "id" and t.text == "operator":
            op = i
    if op is not None:
        return qualified_name_before(head, op - 2) + ["operator"] if op >= 2 and head[op - 1].text == "::" else ["operator"]
    for i, t, depth, angle in top_level(head, all_angles=True):
        if depth == 0 and angle == 0 and t.kind == "op" and t.text == "(" and i > 0:
            p = head[i - 1]
            if p.kind == "id":
                if p.text in NOT_DECLARATORS or re.fullmatch(r"Q_[A-Z0-9_]+|[A-Z][A-Z0-9_]*_EXPORT", p.text):
                    continue
                return qualified_name_before(head, i - 1)
            if p.kind == "op" and p.text == ">":
                names = qualified_name_before(head, i - 1)
                if names:
                    return names
    return None


def has_ctor_init(head):
    """True when the head has `) :` at top level (constructor initialiser list)."""
    prev = None
    for i, t, depth, angle in top_level(head):
        if depth == 0 and t.kind == "op" and t.text == ":" and prev is not None and prev.text in (")", "noexcept", "override", "final", "const"):
            return True
        if depth == 0:
            prev = t
    return False


def paren_depth(head):
    d = 0
    for t in head:
        if t.kind == "op" and t.text in "([":
            d += 1
        elif t.kind == "op" and t.text in ")]":
            d -= 1
    return d


def string_run(tokens, i):
    """Adjacent string literals (and string-literal macros in between) from tokens[i]: (text, next index)."""
    if i >= len(tokens) or tokens[i].kind != "str":
        return None, i
    parts = []
    while i < len(tokens) and tokens[i].kind == "str":
        parts.append(tokens[i].text)
        i += 1
    return "".join(parts), i


def parse_file(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    tokens, directives = tokenize(text)
    model = FileModel(path)
    for _, d in directives:
        m = re.match(r'\s*#\s*include\s*"([^"]+)"', d)
        if m:
            model.includes.append(m.group(1))

    stack = [Frame("ns", "")]
    head = []

    def ns_path():
        return [part for f in stack if f.kind == "ns" and f.name for part in f.name.split("::")]

    def innermost_class():
        for f in reversed(stack):
            if f.kind == "class":
                return f
            if f.kind in ("func",):
                return None
        return None

    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        top = stack[-1]
        if t.kind == "op" and t.text == ";":
            head = []
            i += 1
            continue
        if t.kind == "op" and t.text == "{":
            decl_level = top.kind in ("ns", "class")
            frame = None
            cls = parse_class_head(head)
            if head and head[0].kind == "id" and head[0].text in ("namespace", "inline") and \
                    any(h.kind == "id" and h.text == "namespace" for h in head[:2]) and decl_level:
                names = [h.text for h in head if h.kind == "id" and h.text not in ("namespace", "inline")]
                frame = Frame("ns", "::".join(names))
            elif head and head[0].kind == "id" and head[0].text == "extern" and len(head) == 2 and head[1].kind == "str":
                frame = Frame("ns", "")
            elif decl_level and paren_depth(head) > 0:
                frame = Frame("init")  # braced initialiser inside a head: keep collecting the head
                frame.saved_head = head
            elif cls is not None and not (head and head[0].kind == "id" and head[0].text == "enum"):
                names, bases = cls
                frame = Frame("class", "::".join(names) if names else None)
                outer = innermost_class()
                if names:
                    if outer is not None and outer.cls is not None:
                        fq = outer.cls.fq + "::" + "::".join(names)
                        ns = outer.cls.ns
                        outer_fq = outer.cls.fq
                    else:
                        ns = ns_path()
                        fq = "::".join(ns + names)
                        outer_fq = None
                    info = ClassInfo(fq, path, ns, outer_fq, bases)
                    model.classes.append(info)
                    frame.cls = info
            elif decl_level and has_ctor_init(head) and (tokens[i - 1].kind == "id" or tokens[i - 1].text == ">"):
                frame = Frame("init")  # Base{…} / m_member{…} in a constructor's initialiser list
                frame.saved_head = head
            elif decl_level:
                decl = parse_function_head(head)
                if decl:
                    frame = Frame("func", decl[-1])
                    frame.qualifier = decl[:-1]
                    frame.ns = ns_path()
                    if top.kind == "class" and decl[-1] == "tr" and top.cls is not None:
                        frame.is_helper = True
                    elif top.kind == "ns" and decl[-1] == "tr" and not frame.qualifier:
                        frame.is_helper = True
                else:
                    frame = Frame("block")
            else:
                frame = Frame("block")
            stack.append(frame)
            head = []
            i += 1
            continue
        if t.kind == "op" and t.text == "}":
            if len(stack) > 1:
                closed = stack.pop()
                if closed.kind == "init":
                    head = closed.saved_head
                    i += 1
                    continue
                if closed.kind == "func" and closed.is_helper:
                    parent = stack[-1]
                    if parent.kind == "class" and parent.cls is not None:
                        parent.cls.tr = ("member tr", closed.helper_ctx)
                    elif parent.kind == "ns":
                        model.helpers.append((ns_path(), closed.helper_ctx, closed.name))
            head = []
            i += 1
            continue

        # Q_OBJECT / Q_DECLARE_TR_FUNCTIONS / member tr declarations in a class body
        if top.kind == "class" and top.cls is not None and t.kind == "id":
            if t.text == "Q_OBJECT":
                top.cls.tr = ("Q_OBJECT", top.cls.fq)
            elif t.text == "Q_DECLARE_TR_FUNCTIONS" and i + 1 < n and tokens[i + 1].text == "(":
                j = i + 2
                parts = []
                while j < n and tokens[j].text != ")":
                    parts.append(tokens[j].text)
                    j += 1
                top.cls.tr = ("Q_DECLARE_TR_FUNCTIONS", "".join(parts))
                i = j + 1
                head = []
                continue
            elif t.text == "tr" and i + 1 < n and tokens[i + 1].text == "(" and i > 0 and \
                    (tokens[i - 1].kind == "id" and tokens[i - 1].text not in KEYWORDS_BEFORE_CALL
                     or tokens[i - 1].text in ("*", "&", ">")):
                if top.cls.tr is None:
                    top.cls.tr = ("member tr", None)  # declared here; its body (if inline) names the context
        # using-declarations and using-directives at namespace scope
        if top.kind == "ns" and t.kind == "id" and t.text == "using" and not head:
            j = i + 1
            is_ns = j < n and tokens[j].text == "namespace"
            if is_ns:
                j += 1
            names = []
            while j < n and tokens[j].text != ";":
                if tokens[j].kind == "id":
                    names.append(tokens[j].text)
                j += 1
            if is_ns or (names and names[-1] == "tr"):
                model.usings.append((ns_path(), names, is_ns))

        # translation calls
        if t.kind == "id" and (t.text in TR_CALLS or t.text in TRANSLATE_CALLS) and i + 1 < n and tokens[i + 1].text == "(":
            prev = tokens[i - 1] if i > 0 else None
            is_decl = prev is not None and (prev.kind == "id" and prev.text not in KEYWORDS_BEFORE_CALL
                                            or prev.text in ("*", "&")) and t.text == "tr"
            if not is_decl:
                call = None
                if t.text in TRANSLATE_CALLS:
                    ctx, j = string_run(tokens, i + 2)
                    if ctx is not None and j < n and tokens[j].text == ",":
                        src, _ = string_run(tokens, j + 1)
                        call = Call(path, t.line, "explicit", None, ctx, src, None)
                        # QCoreApplication::translate("Ctx", text) in the body of a tr() helper
                        func = next((f for f in reversed(stack) if f.kind == "func"), None)
                        if t.text == "translate" and func is not None and func.is_helper and func.helper_ctx is None:
                            func.helper_ctx = ctx
                else:
                    src, _ = string_run(tokens, i + 2)
                    if src is not None:
                        if prev is not None and prev.text == "::":
                            q = qualified_name_before(tokens, i - 2)
                            call = Call(path, t.line, "qualified", "::".join(q), None, src, None)
                        elif prev is not None and prev.text in (".", "->"):
                            call = Call(path, t.line, "member", None, None, src, None)
                        else:
                            call = Call(path, t.line, "tr", None, None, src, None)
                if call is not None:
                    call.scope = [(f.kind, f.name, f.qualifier, f.ns, f.cls) for f in stack]
                    # a call in a constructor's initialiser list: the head is not a frame yet
                    decl_head = head if top.kind in ("ns", "class") else top.saved_head if top.kind == "init" else None
                    if decl_head and has_ctor_init(decl_head):
                        decl = parse_function_head(decl_head)
                        if decl:
                            call.scope.append(("func", decl[-1], decl[:-1], ns_path(), None))
                    model.calls.append(call)
        head.append(t)
        i += 1
    return model


class Analyzer:
    def __init__(self, models, include_dirs):
        self.models = {m.path: m for m in models}
        self.include_dirs = include_dirs  # file -> its include folders
        self.classes = {}
        for m in models:
            for c in m.classes:
                self.classes.setdefault(c.fq, []).append(c)
        self._visible = {}

    def visible_files(self, path):
        if path in self._visible:
            return self._visible[path]
        seen = []
        todo = [path]
        while todo:
            p = todo.pop()
            if p in seen or p not in self.models:
                continue
            seen.append(p)
            for inc in self.models[p].includes:
                for base in [os.path.dirname(p)] + self.include_dirs.get(p, []):
                    cand = os.path.normpath(os.path.join(base, inc))
                    if cand in self.models:
                        todo.append(cand)
                        break
        self._visible[path] = seen
        return seen

    def class_info(self, fq, path):
        infos = self.classes.get(fq)
        if not infos:
            return None
        vis = self.visible_files(path)
        for c in infos:
            if c.file == path:
                return c
        for c in infos:
            if c.file in vis:
                return c
        return infos[0]

    def resolve_class(self, names, ns, outer_classes, path):
        """fq name of class `names` (list) looked up from namespace ns / classes outer_classes."""
        if not names:
            return None
        name = "::".join(names)
        for oc in outer_classes:
            if self.class_info(oc + "::" + name, path):
                return oc + "::" + name
        for k in range(len(ns), -1, -1):
            cand = "::".join(ns[:k] + [name])
            if self.class_info(cand, path):
                return cand
        return None

    def outer_chain(self, fq, path):
        chain = []
        while fq:
            chain.append(fq)
            info = self.class_info(fq, path)
            fq = info.outer if info else None
        return chain

    def class_tr(self, fq, path, depth=0):
        """(context, why) of the tr() a member of class fq finds in that class or its bases."""
        info = self.class_info(fq, path)
        if info is None or depth > 20:
            return None
        if info.tr is not None:
            kind, ctx = info.tr
            if ctx is None:
                return ("?", "%s declares its own tr() (context unknown to this check)" % fq)
            return (ctx, "%s of %s" % (kind, fq))
        for base in info.bases:
            bfq = self.resolve_class(base.split("::"), info.ns, self.outer_chain(info.outer, path), path)
            if bfq:
                r = self.class_tr(bfq, info.file, depth + 1)
                if r:
                    return r
            elif re.fullmatch(r"Q[A-Z]\w*", base):
                return (base, "tr() inherited from the Qt class %s (%s has no Q_OBJECT)" % (base, fq))
        return None

    def helper(self, ns, path):
        """(context, why) of the free tr() found from namespace ns in file path."""
        vis = self.visible_files(path)
        for k in range(len(ns), -1, -1):
            prefix = ns[:k]
            found = set()
            for p in vis:
                m = self.models[p]
                for hns, ctx, _ in m.helpers:
                    if hns == prefix:
                        found.add((ctx, "free tr() helper in %s" % os.path.basename(p)))
                for uns, target, is_ns in m.usings:
                    if uns != prefix:
                        continue
                    tns = target if is_ns else target[:-1]
                    for k2 in range(len(uns), -1, -1):
                        full = uns[:k2] + tns
                        for p2 in vis:
                            for hns, ctx, _ in self.models[p2].helpers:
                                if hns == full:
                                    found.add((ctx, "free tr() helper in %s via using %s" % (
                                        os.path.basename(p2), "::".join(target))))
                        if any(h[0] == full for p2 in vis for h in self.models[p2].helpers):
                            break
            ctxs = {c for c, _ in found}
            if len(ctxs) == 1:
                return sorted(found)[0]
            if len(ctxs) > 1:
                return ("?", "ambiguous free tr() helpers: " + ", ".join(sorted(ctxs)))
        return None

    def runtime_context(self, call):
        if call.kind == "explicit":
            return (call.context, "explicit context")
        if call.kind == "member":
            return ("?", "tr() called through an object")
        ns = []
        classes = []
        for kind, name, qualifier, fns, cls in call.scope:
            if kind == "ns" and name:
                ns = ns + name.split("::")
            elif kind == "class" and cls is not None:
                chain = self.outer_chain(cls.fq, call.file)
                classes = chain + [c for c in classes if c not in chain]  # a local class sees its function's class
                ns = cls.ns
            elif kind == "func":
                if qualifier:
                    fq = self.resolve_class(qualifier, fns, classes, call.file)
                    if fq:
                        classes = self.outer_chain(fq, call.file)
                        info = self.class_info(fq, call.file)
                        ns = info.ns
                    else:
                        ns = fns + qualifier  # a function of a namespace
                        classes = []
        if call.kind == "qualified":
            fq = self.resolve_class(call.qualifier.split("::"), ns, classes, call.file)
            if fq:
                r = self.class_tr(fq, call.file)
                return r or ("?", "%s has no tr()" % fq)
            return (call.qualifier, "%s::tr" % call.qualifier)
        for c in classes:
            r = self.class_tr(c, call.file)
            if r:
                return r
        r = self.helper(ns, call.file)
        if r:
            return r
        return ("?", "no tr() visible from %s" % ("::".join(ns) or "the global namespace"))


def source_files(source_dir, folders):
    files = []
    for folder in folders:
        for root, dirs, names in os.walk(os.path.join(source_dir, folder)):
            dirs.sort()
            for fn in sorted(names):
                if fn.endswith((".cpp", ".h")):
                    files.append(os.path.join(root, fn))
    return files


def ts_text(element):
    """Text of a .ts element; lupdate writes control characters as <byte value="xd"/>."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            v = child.get("value")
            parts.append(chr(int(v[1:], 16) if v.startswith("x") else int(v)))
        parts.append(child.tail or "")
    return "".join(parts)


def run_lupdate(lupdate, source_dir, work_dir, name, files, includes):
    """(context, source, file, line) of every message lupdate extracts from `files`."""
    list_file = os.path.join(work_dir, name + ".lst")
    ts_file = os.path.join(work_dir, name + ".ts")
    with open(list_file, "w", encoding="utf-8") as f:
        f.write("\n".join(files) + "\n")
    if os.path.exists(ts_file):
        os.remove(ts_file)
    cmd = [lupdate]
    for inc in includes:
        cmd += ["-I", os.path.join(source_dir, inc)]
    cmd += ["@" + list_file, "-ts", ts_file, "-locations", "absolute", "-no-obsolete"]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0 or not os.path.exists(ts_file):
        sys.exit("FAIL: %s exited with %d:\n%s" % (" ".join(cmd), proc.returncode, proc.stdout))
    messages = []
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            source = ts_text(message.find("source"))
            for loc in message.iter("location"):
                fn = os.path.normpath(os.path.join(work_dir, loc.get("filename")))
                messages.append((cname, source, fn, int(loc.get("line"))))
    return messages


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lupdate", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--work-dir", required=True)
    ap.add_argument("-v", "--verbose", action="store_true", help="also list the messages that are fine")
    args = ap.parse_args()

    if not (os.path.isfile(args.lupdate) and os.access(args.lupdate, os.X_OK)):
        sys.exit("FAIL: lupdate not found at '%s'; install qt6-l10n-tools (scripts/setup.sh does)" % args.lupdate)
    source_dir = os.path.realpath(args.source_dir)
    work_dir = os.path.realpath(args.work_dir)
    os.makedirs(work_dir, exist_ok=True)

    runs = []
    include_dirs = {}
    for name, folders, includes in RUNS:
        files = source_files(source_dir, folders)
        for f in files:
            include_dirs.setdefault(f, [os.path.join(source_dir, d) for d in includes])
        runs.append((name, files, includes))
    analyzer = Analyzer([parse_file(f) for f in include_dirs], include_dirs)
    by_line = {}
    for m in analyzer.models.values():
        for c in m.calls:
            by_line.setdefault((c.file, c.line), []).append(c)

    problems = []
    checked = 0
    for name, files, includes in runs:
        if not files:
            continue
        own = set(files)
        for context, source, fn, line in run_lupdate(args.lupdate, source_dir, work_dir, name, files, includes):
            if fn not in own:
                continue  # a header of another run, checked there
            checked += 1
            where = "%s:%d" % (os.path.relpath(fn, source_dir), line)
            calls = [c for c in by_line.get((fn, line), []) if c.source == source]
            if not calls:
                problems.append('%s: "%s" (lupdate context %s): no tr()/translate() call with this text '
                                'found on this line; extend check_tr_contexts.py' % (where, source, context))
                continue
            for rctx, why in sorted({analyzer.runtime_context(c) for c in calls}):
                if rctx != context:
                    problems.append('%s: "%s": lupdate files it under "%s", at run time tr() looks it up '
                                    'under "%s" (%s)' % (where, source, context, rctx, why))
                elif args.verbose:
                    print('ok %s: "%s" %s (%s)' % (where, source, context, why))

    if checked == 0:
        sys.exit("FAIL: lupdate extracted no messages; is --source-dir right?")
    if problems:
        for p in problems:
            print(p)
        print("FAIL: %d of %d extracted message locations are looked up in another context at run time, so "
              "their translations are never used. Members of a class without Q_OBJECT that call tr() need "
              "Q_DECLARE_TR_FUNCTIONS(Namespace::Class) in the class; a file's free tr() helper must use the "
              "context lupdate gives its free functions (their namespace)." % (len(problems), checked))
        return 1
    print("OK: all %d extracted message locations are looked up in the context lupdate files them under" % checked)
    return 0


if __name__ == "__main__":
    sys.exit(main())
