"Alignment: `losses` (the hinge and other objectives, the 2AFC scorer) and `train` (fitting a model to judgments)."
