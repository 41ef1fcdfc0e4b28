"Evaluation: records and intervals (`report`), 2AFC (`twoafc`), the probes (`segmentation`, `monodepth`, `global_probes`, `rag`) and `run`, which evaluates models on any task through the feature store (`percep_align.features`)."

def __getattr__(name):
    "0.1's flat module `percep_align.evaluate` is now `percep_align.evaluate.run`: its names still resolve here (until 0.3)."
    if name.startswith('__'): raise AttributeError(name)
    import importlib  # at first use only: importing the package must not import every evaluate module
    mod = importlib.import_module('.run', __name__)
    try: return getattr(mod, name)
    except AttributeError: raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
