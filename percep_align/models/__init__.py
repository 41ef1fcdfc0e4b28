"Backbones and the perceptual metric built on them: `backbones` (the registry), `metric` (embed, distance, save/load), `fast` (reduced-precision frozen parts)."
