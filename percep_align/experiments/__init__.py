"Experiments: the config-driven runner (`runner`), the offline demo (`demo`) and the speed benchmarks (`bench`)."

from .._moved import flat_names
__getattr__ = flat_names(__name__, 'runner')  # 0.1's flat module `percep_align.experiments` is now `percep_align.experiments.runner`: its names still resolve here (until 0.3)
