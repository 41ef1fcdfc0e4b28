"Moved (0.2): see `percep_align._moved.MOVED`; this path works until 0.3."
from ._moved import alias
alias(__name__)
