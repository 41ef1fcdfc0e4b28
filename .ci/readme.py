"""Generate README.md from nbs/index.ipynb (nbdev_readme needs Quarto; this needs only nbconvert).

Usage: python .ci/readme.py          # write README.md
       python .ci/readme.py --check  # exit 1 if README.md is out of date
"""
import re, sys
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter

ROOT = Path(__file__).resolve().parent.parent
HEADER = "<!-- Generated from nbs/index.ipynb by .ci/readme.py: edit the notebook, not this file. -->\n\n"

def render() -> str:
    nb = nbformat.read(ROOT/'nbs'/'index.ipynb', as_version=4)
    cells = []
    for c in nb.cells:
        lines = c.source.splitlines()
        flags = [l for l in lines if l.startswith('#|')]
        if any(re.match(r'#\|\s*(hide|exec_doc|export)\b', l) for l in flags): continue
        c.source = '\n'.join(l for l in lines if not l.startswith('#|')).strip('\n')
        if c.cell_type == 'markdown':  # nbdev's '> summary' line under the title
            c.source = c.source
        c.outputs = [] if c.cell_type == 'code' else getattr(c, 'outputs', [])
        cells.append(c)
    nb.cells = cells
    nb.metadata['language_info'] = {'name': 'python'}  # fenced code blocks tagged python
    body, _ = MarkdownExporter().from_notebook_node(nb)
    body = re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'
    return HEADER + body

if __name__ == '__main__':
    text = render()
    readme = ROOT/'README.md'
    if '--check' in sys.argv:
        if not readme.exists() or readme.read_text() != text:
            print('README.md is out of date: run `python .ci/readme.py` and commit it'); sys.exit(1)
        print('README.md is in sync with nbs/index.ipynb')
    else:
        readme.write_text(text); print('wrote README.md')
