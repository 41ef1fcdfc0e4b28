"The synthetic world: `scenes` (objects, rendering), `observer` (edits and the judging observer), `writers` and `tasksets` (the world in real datasets' layouts), `pretrain` (the embedded bases)."
