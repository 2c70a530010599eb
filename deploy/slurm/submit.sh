#!/usr/bin/env bash
# Submits an adamv job array and the merge job that waits for it (sbatch --dependency=afterany), on any Slurm cluster.
#
#   deploy/slurm/submit.sh verify N [verify options…]   # N shards of `adamv verify --shard auto`, then `adamv merge`
#   deploy/slurm/submit.sh phase N [phase options…]     # N shards of `adamv phase --shard auto`, then `adamv phase --merge`
#
# Environment: ADAMV (the command, default "adamv"; e.g. "dotnet /opt/adamv/adamv.dll"), ADAMV_SHARDS (a folder every
# node can write: the shard files), ADAMV_OUT (where the merged report or figures go), ADAMV_WAIT=1 (block until the
# merge job ends and exit with its status). ADAMV_SHARDS must hold no shard files from an earlier run (the merge takes
# them all). Every task sees the same seed (--seed, or ADAMV_SEED exported with the job).
# Example: ADAMV_SHARDS=$PWD/shards ADAMV_OUT=$PWD/report deploy/slurm/submit.sh verify 64 --budget thorough --by cases
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
kind=${1:?usage: submit.sh verify|phase N [options…]}
shards=${2:?usage: submit.sh verify|phase N [options…]}
shift 2
case "$kind" in verify|phase) ;; *) echo "submit.sh: the first argument is verify or phase, not '$kind'" >&2; exit 2 ;; esac
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "submit.sh: N must be a positive whole number, not '$shards'" >&2; exit 2; }
: "${ADAMV_SHARDS:?set ADAMV_SHARDS to a folder every node can write}" "${ADAMV_OUT:?set ADAMV_OUT to the destination of the merged result}"
mkdir -p "$ADAMV_SHARDS"
# The merge job takes every shard file in ADAMV_SHARDS: files left by an earlier run would join this one's.
shopt -s nullglob
stale=("$ADAMV_SHARDS"/verify-shard-*.json "$ADAMV_SHARDS"/*.shard-*-of-*.json)
shopt -u nullglob
[ ${#stale[@]} -eq 0 ] || { echo "submit.sh: ADAMV_SHARDS ($ADAMV_SHARDS) already holds shard files (${stale[0]} …); empty it or choose another folder" >&2; exit 2; }
export ADAMV="${ADAMV:-adamv}" ADAMV_SHARDS ADAMV_OUT

array=$(sbatch --parsable --job-name="adamv-$kind" --array="1-$shards" --output="$ADAMV_SHARDS/%x-%A_%a.out" "$here/$kind-shard.sbatch" "$@")
array=${array%%;*}   # --parsable prints "jobid" or "jobid;cluster"
echo "submitted array job $array: $shards shards of adamv $kind"
wait=()
[ "${ADAMV_WAIT:-}" = 1 ] && wait=(--wait)
merge=$(sbatch --parsable ${wait[@]+"${wait[@]}"} --job-name="adamv-$kind-merge" --dependency="afterany:$array" --output="$ADAMV_SHARDS/%x-%j.out" "$here/$kind-merge.sbatch") || {
  status=$?
  echo "merge job failed (exit $status); its log: $ADAMV_SHARDS/adamv-$kind-merge-*.out" >&2
  exit "$status"
}
merge=${merge%%;*}
echo "submitted merge job $merge (after array job $array): writes $ADAMV_OUT"
