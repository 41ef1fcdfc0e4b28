#!/usr/bin/env python3
"""Keep the hand-kept site sidebar `nbs/sidebar.yml` honest (settings.ini has `custom_sidebar = True`).

    python .ci/sidebar.py          # check: exit 1, naming each problem, when the sidebar and nbs/ disagree
    python .ci/sidebar.py --fix    # put each missing page in its folder's section, drop entries whose file is gone

A page is a `.ipynb` or `.qmd` file under nbs/ whose path has no part starting with `_` or `.` (nbdev and Quarto
leave those out: scratch notebooks, `.ipynb_checkpoints`). The checks: every page is in the sidebar, once; every
file the sidebar names exists; a folder's `index` page comes first in its section. A page's section is chosen by
its folder (`SECTIONS`); `--fix` puts a new page where its key sorts (index first, then `order:` frontmatter,
then file name), so a numbered API notebook lands among its neighbours and a results page after `index`.
"""
import argparse, json, math, re, sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
NBS = ROOT / 'nbs'
SIDEBAR = NBS / 'sidebar.yml'
PAGE_EXTS = ('.ipynb', '.qmd')
SECTIONS = {'': 'Overview', '00_core': 'Core', '01_models': 'Models', '02_world': 'Synthetic world', '03_datasets': 'Datasets',
            '04_features': 'Feature store', '05_align': 'Align', '06_evaluate': 'Evaluate', '07_experiments': 'Experiments',
            '08_cli': 'CLI', 'lab': 'Lab notebook', 'results': 'Results'}  # folder -> section title, in site order
HEADER = """\
# The site's sidebar, kept by hand: settings.ini has `custom_sidebar = True`, so nbdev leaves this file alone.
# `.ci/run` checks (with .ci/sidebar.py) that it names every page under nbs/ and only files that exist. After
# adding, renaming or removing a notebook run `python .ci/sidebar.py --fix` (a new page goes to its folder's
# section: its folder's entry in SECTIONS) and review the diff.
"""


class IndentDumper(yaml.SafeDumper):
    "Indent list items under their key, as nbdev writes sidebar.yml."
    def increase_indent(self, flow=False, indentless=False): return super().increase_indent(flow, False)


def pages(nbs=NBS):
    "The site's pages under `nbs`, as paths relative to it (posix strings), sorted."
    out = []
    for p in nbs.rglob('*'):
        r = p.relative_to(nbs)
        if p.suffix in PAGE_EXTS and p.is_file() and not any(s.startswith(('_', '.')) for s in r.parts): out.append(r.as_posix())
    return sorted(out)


def section_of(page):
    "The section title for a page: its folder's entry in `SECTIONS`, else the folder name capitalised; None for the home page."
    folder = page.rpartition('/')[0]
    if page == 'index.ipynb' or (folder == '' and Path(page).stem == 'index'): return None
    return SECTIONS.get(folder, folder.split('/')[0].replace('_', ' ').capitalize())


def front_order(path):
    "The `order:` frontmatter of a page (nbdev's `- order: N` line under the title, or YAML front matter), or None."
    try:
        if path.suffix == '.qmd': texts = [path.read_text(encoding='utf-8')]
        else: texts = [''.join(c.get('source', '')) for c in json.loads(path.read_text(encoding='utf-8'))['cells'][:8]
                       if c.get('cell_type') in ('markdown', 'raw')]
    except (OSError, ValueError, KeyError): return None
    for t in texts:
        m = re.search(r'^(?:- )?order:\s*([-+\d.]+)\s*$', t, re.M)
        if m and (t.startswith('---') or t.lstrip().startswith('# ')):
            try: return float(m.group(1))
            except ValueError: return None
    return None


def sort_key(page, nbs=NBS):
    "Where a page goes in its section: `index` first, then `order:` frontmatter, then file name."
    o = front_order(nbs / page)
    return (Path(page).stem != 'index', math.inf if o is None else o, page)


def is_local(href): return isinstance(href, str) and not re.match(r'^[a-z][a-z0-9+.-]*:', href, re.I) and not href.startswith('#')


def entries(contents, where='sidebar'):
    "Yield (file, where, holder list, index in it or None for a section's `href`) for every file the sidebar names."
    for i, e in enumerate(contents or []):
        if isinstance(e, str):
            if is_local(e) and e != 'auto': yield e, where, contents, i
        elif isinstance(e, dict):
            if 'section' in e or 'contents' in e:
                name = f"section {e.get('section', '?')!r}"
                if is_local(e.get('href')): yield e['href'], name, e, None
                yield from entries(e.get('contents'), name)
            else:
                h = e.get('href', e.get('file'))
                if is_local(h): yield h, where, contents, i


def load(path=SIDEBAR):
    "The sidebar YAML, and its `website.sidebar.contents` list (created when missing)."
    data = (yaml.safe_load(path.read_text(encoding='utf-8')) if path.exists() else None) or {}
    sb = data.setdefault('website', {}).setdefault('sidebar', {})
    if isinstance(sb, list): raise SystemExit(f'{path}: several sidebars are not supported by this check')
    return data, sb.setdefault('contents', [])


def norm(f): return f[2:] if f.startswith('./') else f


def is_page(f): return Path(f).suffix in PAGE_EXTS and not any(s.startswith(('_', '.')) for s in Path(f).parts)


def problems(contents, nbs=NBS):
    "Every disagreement between the sidebar's contents and the pages under `nbs`, as lines to print."
    out, seen = [], {}
    for f, where, *_ in entries(contents):
        f = norm(f)
        if any(ch in f for ch in '*?['):
            out.append(f'{where}: {f} is a glob; list the pages one by one')
            continue
        if not (nbs / f).is_file(): out.append(f'{where}: {f} does not exist (renamed or removed?)')
        elif not is_page(f): out.append(f'{where}: {f} is not a page (a page is a .ipynb or .qmd not under _ or .)')
        if f in seen: out.append(f'{where}: {f} is listed twice')
        seen[f] = where
    out += [f'{p} is not in the sidebar (its section: {section_of(p) or "top"})' for p in pages(nbs) if p not in seen]
    for sec in contents:
        if not isinstance(sec, dict) or 'contents' not in sec: continue
        names = [norm(x) for x in ([sec['href']] if is_local(sec.get('href')) else []) +
                 [f for f, _, h, i in entries(sec['contents']) if h is sec['contents']]]
        if any(Path(f).stem == 'index' for f in names[1:]):
            out.append(f"section {sec.get('section')!r}: its index page should come first")
    return out


def fix(data, contents, nbs=NBS):
    "Drop missing and repeated entries, move a section's index page first, and add every unlisted page to its section."
    seen = set()
    def prune(lst):
        keep = []
        for e in lst:
            if isinstance(e, dict) and ('section' in e or 'contents' in e):
                if is_local(e.get('href')) and not ((nbs / norm(e['href'])).is_file() and is_page(norm(e['href']))): del e['href']
                e['contents'] = prune(e.get('contents') or [])
                if e['contents'] or e.get('href'): keep.append(e)
                continue
            f = e if isinstance(e, str) else (e.get('href', e.get('file')) if isinstance(e, dict) else None)
            if is_local(f) and f != 'auto':
                f = norm(f)
                if not (nbs / f).is_file() or not is_page(f) or f in seen: continue
                seen.add(f)
            keep.append(e)
        return keep
    contents[:] = prune(contents)
    for sec in contents:  # a section's index page first
        if isinstance(sec, dict) and sec.get('contents'):
            idx = [e for e in sec['contents'] if isinstance(e, str) and Path(e).stem == 'index']
            for e in idx[:1]:
                sec['contents'].remove(e)
                sec['contents'].insert(0, e)
    listed = {norm(f) for f, *_ in entries(contents)}
    order = [None, *SECTIONS.values()]
    for p in pages(nbs):
        if p in listed: continue
        name = section_of(p)
        if name is None: contents.insert(0, p); continue
        sec = next((e for e in contents if isinstance(e, dict) and e.get('section') == name), None)
        if sec is None:
            sec = {'section': name, 'contents': []}
            rank = order.index(name) if name in order else len(order)
            at = len(contents)
            for i, e in enumerate(contents):
                other = e.get('section') if isinstance(e, dict) else None
                if isinstance(e, dict) and (order.index(other) if other in order else len(order)) > rank: at = i; break
            contents.insert(at, sec)
        lst, k = sec.setdefault('contents', []), sort_key(p, nbs)
        at = next((i for i, e in enumerate(lst) if isinstance(e, str) and sort_key(norm(e), nbs) > k), len(lst))
        lst.insert(at, p)
    return data


def dump(data): return HEADER + yaml.dump(data, Dumper=IndentDumper, sort_keys=False, allow_unicode=True, width=120)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--fix', action='store_true', help='add missing pages to their sections and drop entries whose file is gone')
    args = ap.parse_args(argv)
    data, contents = load()
    found = problems(contents)
    if args.fix:
        text = dump(fix(data, contents))
        if not SIDEBAR.exists() or SIDEBAR.read_text(encoding='utf-8') != text:
            SIDEBAR.write_text(text, encoding='utf-8')
            print(f'{SIDEBAR.relative_to(ROOT)}: rewritten ({len(found)} problem(s) fixed); review the diff')
        data, contents = load()
        found = problems(contents)
    for p in found: print(f'{SIDEBAR.relative_to(ROOT)}: {p}')
    if found:
        if not args.fix: print('fix: python .ci/sidebar.py --fix, then review the diff')
        return 1
    print(f'{SIDEBAR.relative_to(ROOT)}: lists all {len(pages())} pages under nbs/')
    return 0


if __name__ == '__main__': sys.exit(main())
