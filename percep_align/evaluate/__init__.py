"Evaluation: records and intervals (`report`), 2AFC (`twoafc`), the probes (`segmentation`, `monodepth`, `global_probes`, `rag`) and `run`, which evaluates models on any task through the feature store (`percep_align.features`)."

from .._moved import flat_names
__getattr__ = flat_names(__name__, 'run')  # 0.1's flat module `percep_align.evaluate` is now `percep_align.evaluate.run`: its names still resolve here (until 0.3)
