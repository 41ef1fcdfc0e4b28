"""Old flat module paths (0.1) kept working for one version: `percep_align.dense_data` is `percep_align.datasets.dense`.

Each old module file calls `alias`, which warns once and puts the new module in its place in `sys.modules`, so
`import percep_align.dense_data as d`, `from percep_align.dense_data import read_dense` and patching
`percep_align.dense_data.X` all reach the new module. The paths go in 0.3; the table is `MOVED`."""
import importlib, importlib.util, sys, types, warnings

MOVED = {'backbones': 'models.backbones', 'metric': 'models.metric', 'fast': 'models.fast', 'pretrain': 'world.pretrain',
         'synthetic': ('world.scenes', 'world.observer', 'world.writers', 'world.tasksets'),  # + the names in SPLIT_EXTRA
         'data': 'datasets.judgments', 'cache': 'datasets.images', 'dense_data': 'datasets.dense', 'depth_data': 'datasets.depth',
         'global_data': 'datasets.imagesets', 'class_data': 'datasets.classes', 'badinputs': 'datasets.badinputs',
         'losses': 'align.losses', 'train': 'align.train', 'report': 'evaluate.report',
         'eval2afc': 'evaluate.twoafc', 'segmentation': 'evaluate.segmentation', 'depth': 'evaluate.monodepth',
         'global_tasks': 'evaluate.global_probes', 'rag': 'evaluate.rag', 'demo': 'experiments.demo', 'bench': 'experiments.bench'}

# names of a split module that now live outside the modules listed in MOVED (0.1 name -> (module, its name there))
SPLIT_EXTRA = {'synthetic': {'synth': ('datasets.formats', 'synth'), 'SYNTH_KINDS': ('datasets.formats', 'SYNTH_KINDS'),
                             'write_depth': ('datasets.depth', 'write_depth'), 'NYU_SPLIT_DIRS': ('datasets.depth', 'NYU_DIRS')}}

def alias(old: str # the old module's `__name__`, e.g. 'percep_align.dense_data'
         ) -> types.ModuleType:
    "Replace the old module `old` by its new home in `sys.modules`, with a `DeprecationWarning` naming both."
    short = old.rpartition('.')[2]; new = MOVED[short]
    if isinstance(new, tuple):  # one old module split in several: a module holding all their names
        mod = types.ModuleType(old, f'{old} moved to ' + ', '.join(f'percep_align.{n}' for n in new))
        for n in new:
            m = importlib.import_module(f'percep_align.{n}')
            mod.__dict__.update({k: v for k, v in vars(m).items() if not k.startswith('__')})
        for k, (n, name) in SPLIT_EXTRA.get(short, {}).items():
            setattr(mod, k, getattr(importlib.import_module(f'percep_align.{n}'), name))
        where = ', '.join(f'percep_align.{n}' for n in new)
    else:
        mod = importlib.import_module(f'percep_align.{new}'); where = f'percep_align.{new}'
    warnings.warn(f'{old} moved to {where}; the old path works until 0.3', DeprecationWarning, stacklevel=4)
    sys.modules[old] = mod
    return mod

def flat_names(package: str, # the package's `__name__`, e.g. 'percep_align.evaluate'
               module: str, # its module that holds 0.1's flat module's names, e.g. 'run'
              ):
    "A module `__getattr__` for a package that replaced 0.1's flat module of the same name: its names resolve from `module` at first use."
    def __getattr__(name: str):
        if name.startswith('__') or importlib.util.find_spec(f'{package}.{name}'): raise AttributeError(name)  # submodules load as usual
        mod = importlib.import_module(f'{package}.{module}')  # at first use only: importing the package imports none of its modules
        try: return getattr(mod, name)
        except AttributeError: raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
    return __getattr__
