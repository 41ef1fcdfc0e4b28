#!/usr/bin/env python3
"""Layout figures of the notebooks (issue 21): export-cell lengths, notebook code lines, function-level imports.

Run from the repo root: `python .ci/layout.py` (add `--json` for machine-readable output).
Export cell = a code cell with a `#| export` / `#| exports` directive; its length counts its non-blank lines,
directives excluded. Code lines of a notebook = non-blank lines of all its code cells (directives excluded)."""
import json, re, statistics, sys, ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIRECTIVE = re.compile(r'^\s*#\s*\|')
EXPORT = re.compile(r'^\s*#\s*\|\s*exports?\b')

def code_lines(src): return [l for l in src.splitlines() if l.strip() and not DIRECTIVE.match(l)]

def notebooks():
    for p in sorted((ROOT/'nbs').rglob('*.ipynb')):
        if '.ipynb_checkpoints' in p.parts or any(s.startswith('_') for s in p.relative_to(ROOT/'nbs').parts): continue
        yield p

def cells(p):
    nb = json.loads(p.read_text())
    for c in nb['cells']:
        src = ''.join(c['source']) if isinstance(c['source'], list) else c['source']
        yield c['cell_type'], src

def local_imports(lib):
    "Imports written inside functions, with whether a comment on the same or previous line gives a reason."
    out = {}
    for f in sorted(lib.rglob('*.py')):
        if f.name == '_modidx.py': continue
        text = f.read_text(); lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for sub in ast.walk(node):
                    if isinstance(sub, (ast.Import, ast.ImportFrom)):
                        ln = sub.lineno - 1
                        reason = '#' in lines[ln] or (ln > 0 and lines[ln-1].strip().startswith('#'))
                        out[(str(f.relative_to(ROOT)), sub.lineno)] = reason  # nested functions are walked twice
    return [(f, l, r) for (f, l), r in sorted(out.items())]

def stats():
    ex_len, after_export, n_export, per_nb = [], 0, 0, {}
    for p in notebooks():
        prev_export, total = False, 0
        for kind, src in cells(p):
            if kind != 'code': prev_export = False; continue
            n = len(code_lines(src)); total += n
            is_ex = any(EXPORT.match(l) for l in src.splitlines()[:3])
            if is_ex:
                ex_len.append((n, str(p.relative_to(ROOT))))
                n_export += 1; after_export += prev_export
            prev_export = is_ex
        per_nb[str(p.relative_to(ROOT))] = total
    lens = [n for n, _ in ex_len]
    imp = local_imports(ROOT/'percep_align')
    big = sorted(per_nb.items(), key=lambda kv: -kv[1])
    return dict(export_cells=n_export, median_export_lines=statistics.median(lens) if lens else 0,
                over_40=sorted([(n, nb) for n, nb in ex_len if n > 40], reverse=True),
                export_followed_by_export=after_export, largest_notebooks=big[:5],
                notebooks_over_600=[kv for kv in big if kv[1] > 600],
                local_imports=len(imp), local_imports_without_reason=[f'{f}:{l}' for f, l, r in imp if not r])

if __name__ == '__main__':
    s = stats()
    if '--json' in sys.argv: print(json.dumps(s, indent=1)); sys.exit()
    print(f"export cells {s['export_cells']}, median length {s['median_export_lines']} lines, "
          f"{len(s['over_40'])} over 40 lines, {s['export_followed_by_export']} followed directly by another export cell")
    for n, nb in s['over_40']: print(f'  {n:4d}  {nb}')
    print('largest notebooks (code lines):', ', '.join(f'{nb} {n}' for nb, n in s['largest_notebooks']))
    print(f"notebooks over 600 code lines: {len(s['notebooks_over_600'])}")
    print(f"function-level imports: {s['local_imports']}, without a reason beside them: {len(s['local_imports_without_reason'])}")
    for x in s['local_imports_without_reason']: print('  ', x)
