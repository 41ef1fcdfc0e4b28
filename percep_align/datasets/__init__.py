"Datasets in their real on-disk layouts: `formats` (the registry of formats), `judgments` (NIGHTS, BAPPS, THINGS, class triplets), `images` (the decoded-image cache), `dense`, `depth`, `kitti`, `imagesets` (counting, retrieval), `classes` (VTAB), `badinputs` (the damage matrix)."
# Each reader module registers its formats in `formats.FORMAT_REGISTRY` when imported (as timm's model modules register
# their models): importing them here makes the registry complete whichever datasets module a caller imports first.
from . import formats, judgments, dense, depth, kitti, imagesets, classes
