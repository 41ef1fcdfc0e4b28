"Experiments: the config-driven runner (`runner`), the offline demo (`demo`) and the speed benchmarks (`bench`)."

def __getattr__(name):
    "0.1's flat module `percep_align.experiments` is now `percep_align.experiments.runner`: its names still resolve here (until 0.3)."
    if name.startswith('__'): raise AttributeError(name)
    import importlib  # at first use only: importing the package must not import every experiments module
    mod = importlib.import_module('.runner', __name__)
    try: return getattr(mod, name)
    except AttributeError: raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
