"""Pretrain `synth_vit3` (the recipe of nbs/lab/pretrain_synth_vit3.ipynb) in one process, e.g. on a GPU:

    python nbs/lab/pretrain_synth_vit3.py OUT [--budget-s SECONDS] [--workers N] [--steps N]

A later stage starts from an earlier file and ships under a new name, e.g. `synth_vit4` (see the notebook):

    python nbs/lab/pretrain_synth_vit3.py OUT --name synth_vit4 --init synth_vit3 --steps 3000 --lr 5e-4 --warmup 100 --nuisance-weight 2

Renders the data, times 30 steps to fix the step count inside the budget (unless --steps is given), trains with the
step-counted schedule (resumable from OUT/run), writes OUT/NAME.safetensors (default synth_vit3), OUT/summary.json and the held-out
decodability of the pooled embeddings next to synth_vit2's.
"""
import argparse, json, os, sys, time
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from percep_align.world.pretrain import PretrainConfig, make_data, pretrain, decodability, save_backbone
from percep_align.models.backbones import BACKBONES, build_backbone, packaged_weights

RECIPE = PretrainConfig(n_scenes=20_000, views=2, steps=6_000, batch_size=64, lr=1e-3, warmup=200, checkpoint_every=250)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out'); ap.add_argument('--budget-s', type=float, default=300); ap.add_argument('--workers', type=int, default=os.cpu_count())
    ap.add_argument('--steps', type=int, default=None); ap.add_argument('--threads', type=int, default=None); ap.add_argument('--n-scenes', type=int, default=RECIPE.n_scenes)
    ap.add_argument('--heldout', type=int, default=4000); ap.add_argument('--data-cache', help='.npz of the rendered data (written once, then reused)')
    ap.add_argument('--init', help='start from this registry name or .safetensors file (default: the recipe\'s)')
    ap.add_argument('--lr', type=float); ap.add_argument('--warmup', type=int); ap.add_argument('--nuisance-weight', type=float)
    ap.add_argument('--level-weights', type=float, nargs=3, metavar=('INVENTORY', 'G2X2', 'G4X4'), help="loss weights of the description's levels")
    ap.add_argument('--seed', type=int, help="data and initialisation seed (default: the recipe's 0); a later stage on fresh scenes takes another")
    ap.add_argument('--name', default='synth_vit3', help='registry name the file ships under (OUT/NAME.safetensors)')
    a = ap.parse_args()
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    if a.threads: torch.set_num_threads(a.threads)
    torch.backends.cuda.matmul.allow_tf32 = True; torch.backends.cudnn.allow_tf32 = True
    t0 = time.time()
    over = {k: v for k, v in dict(seed=a.seed, init=a.init, lr=a.lr, nuisance_weight=a.nuisance_weight, level_weights=a.level_weights).items() if v is not None}
    cfg = replace(RECIPE, n_scenes=a.n_scenes, workers=a.workers, **over)
    if a.data_cache and Path(a.data_cache).is_file():
        with np.load(a.data_cache) as z: data = {k: z[k] for k in z.files}
    else:
        data = make_data(cfg)
        if a.data_cache: np.savez(a.data_cache, **data)
    t_data = round(time.time() - t0, 1)
    print(f"data: {len(data['image'])} items in {t_data:.0f} s", flush=True)
    steps = a.steps
    if steps is None:  # time 30 steps (after 10 warm-up steps) of this very recipe, in a throwaway folder
        probe = replace(cfg, steps=40, warmup=5, checkpoint_every=1000)
        pretrain(probe, out / 'timing', data=data, log_every=10, stop_at=10, progress=False)  # start-up and warm-up
        t = time.time(); pretrain(probe, out / 'timing', data=data, log_every=10, progress=False); per = (time.time() - t) / 30  # 30 steps + set-up
        steps = int(max(1000, min(RECIPE.steps * 2, a.budget_s / per)) // 500 * 500)
        print(f"timing: {per * 1000:.1f} ms/step -> {steps} steps in a {a.budget_s:.0f} s budget", flush=True)
    cfg = replace(cfg, steps=steps, warmup=a.warmup if a.warmup is not None else min(RECIPE.warmup, steps // 10),
                  checkpoint_every=min(RECIPE.checkpoint_every, steps), workers=0)
    bb, summary = pretrain(cfg, out / 'run', data=data, log_every=250)
    summary['data_seconds'] = t_data
    extra = {}
    init_file = cfg.init if cfg.init.endswith('.safetensors') else (
        str(packaged_weights(cfg.init)) if cfg.init in BACKBONES and getattr(BACKBONES[cfg.init], 'weights_file', None) else None)
    if init_file:  # a later stage: keep the earlier stages' recipes and curves in the metadata
        from safetensors import safe_open
        with safe_open(init_file, 'pt') as f: m = f.metadata() or {}
        extra['previous_stages'] = json.dumps(json.loads(m.get('previous_stages', '[]')) + [{k: m[k] for k in ('recipe', 'steps', 'train_seconds', 'data_seconds', 'device', 'history') if k in m}])
    save_backbone(bb, out / f'{a.name}.safetensors', a.name, cfg, summary, **extra)
    json.dump({k: v for k, v in summary.items()}, open(out / 'summary.json', 'w'))
    held = make_data(replace(cfg, seed=cfg.seed + 1000, workers=a.workers), a.heldout)
    x = torch.from_numpy(held['image']).permute(0, 3, 1, 2).float() / 255
    res = {}
    for name, model in ((a.name, bb), ('synth_vit2', build_backbone('synth_vit2', device='auto'))):
        model.eval(); dev = next(model.parameters()).device
        with torch.no_grad():
            fts = [model.features(x[i:i + 1000].to(dev)) for i in range(0, len(x), 1000)]
        cls = torch.cat([f.cls for f in fts]).float().cpu(); mp = torch.cat([f.patch_level() for f in fts]).float().cpu()
        res[name] = {'cls': decodability(cls, held), 'cls+mean': decodability(mp, held)}
        print(name, json.dumps(res[name]), flush=True)
    json.dump(dict(decodability=res, steps=steps, config=asdict(cfg), total_seconds=round(time.time() - t0, 1)), open(out / 'decodability.json', 'w'), indent=1)
    print(f"done in {time.time() - t0:.0f} s", flush=True)


if __name__ == '__main__':
    main()
