#!/usr/bin/env bash
# Exports every design in tests/data/export to CloudFormation JSON and YAML
# with the real `azimuth` executable, then checks each template:
#   1. npm cfn-lint (package.json here), against the current resource specification
#      from @aws-cdk/cfnspec: no critical findings;
#   2. AWS's cfn-lint (Python), when installed: no errors (warnings are printed);
#   3. an independent reader (Python's json and yaml): JSON and YAML hold the same
#      template, and every Name tag is exactly the component's name.
# With `--imported DIR`, the designs are instead those `azimuth import` makes of every
# CloudFormation template (*.yaml, *.json) in DIR, with their defaults: what an import
# draws must export a template that deploys.
# Usage: run-cfn-lint.sh PATH/TO/azimuth [--imported DIR]
set -u
here="$(cd "$(dirname "$0")" && pwd)"
data="$here/../../data/export"
azimuth="${1:?usage: run-cfn-lint.sh PATH/TO/azimuth [--imported DIR]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() { # NAME COMMAND...
    local name="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAILED: $name"
    fi
}

origin=exported
if [ "${2:-}" = "--imported" ]; then
    origin=imported
    sources="${3:?usage: run-cfn-lint.sh PATH/TO/azimuth --imported DIR}"
    data="$work/imported"
    mkdir -p "$data"
    for t in "$sources"/*.yaml "$sources"/*.json; do
        [ -e "$t" ] || continue
        name="$(basename "${t%.*}")"
        check "import $name" "$azimuth" import "$t" -o "$data/$name.azimuth" 2>/dev/null
    done
fi

if [ ! -d "$here/node_modules/cfn-lint" ] || [ ! -d "$here/node_modules/@aws-cdk/cfnspec" ]; then
    (cd "$here" && npm ci --no-audit --no-fund --silent) || {
        echo "run-cfn-lint: npm ci failed in $here"
        exit 2
    }
fi

templates=()
for path in "$data"/*.azimuth; do
    design="$(basename "$path" .azimuth)"
    for ext in json yaml; do
        out="$work/$design.$ext"
        check "export $design.$ext" "$azimuth" cloudformation "$data/$design.azimuth" -o "$out"
        templates+=("$out")
    done
done

check "npm cfn-lint" node "$here/lint.js" "${templates[@]}"

if command -v cfn-lint >/dev/null 2>&1; then
    echo "AWS cfn-lint $(cfn-lint --version 2>&1)"
    for t in "${templates[@]}"; do
        cfn-lint --format parseable -- "$t"
        status=$?
        # Bit 2 of the exit status means errors; 4 and 8 warnings and information.
        check "AWS cfn-lint $(basename "$t")" test $((status & 3)) -eq 0
    done
else
    echo "AWS cfn-lint (Python) not installed: skipped"
fi

read_back() { # DESIGN JSON YAML exported|imported
    python3 - "$@" <<'PY'
import json, sys, yaml
design, js, ym, imported = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "imported"
with open(design, encoding="utf-8") as f:
    d = json.load(f)
with open(js, encoding="utf-8") as f:
    tj = json.load(f)
with open(ym, encoding="utf-8") as f:
    ty = yaml.safe_load(f)
if tj != ty:
    sys.exit(f"{ym}: the YAML template differs from the JSON one")
names = {c["id"]: c.get("name") or c["id"] for c in d["components"]}
def unresolvable(text):
    # Azimuth breaks {{resolve: and ${ with U+200B so CloudFormation keeps them as text.
    return text.replace("{{resolve:", "{\u200b{resolve:").replace("${", "$\u200b{")
with open(js, encoding="utf-8") as f:
    raw = f.read()
if "{{resolve:" in raw:
    sys.exit(f"{js}: a dynamic reference came through from a name")
seen = 0
for logical, r in tj["Resources"].items():
    for tag in r.get("Properties", {}).get("Tags", []) or []:
        if not isinstance(tag, dict) or tag.get("Key") != "azimuth:component":
            continue
        cid = tag["Value"]
        name = next(t["Value"] for t in r["Properties"]["Tags"] if t["Key"] == "Name")
        # Where a service restricts tag values, the exact name is in the resource's
        # Metadata instead.
        name = r.get("Metadata", {}).get("Azimuth", {}).get("Name", name)
        want = unresolvable(names[cid])[:256]
        if name != want:
            sys.exit(f"{js}: {logical}: Name tag {name!r} is not the name {want!r}")
        seen += 1
title = unresolvable(d.get("title") or "")
if tj["Metadata"]["Azimuth"]["Title"] != title:
    sys.exit(f"{js}: Metadata title {tj['Metadata']['Azimuth']['Title']!r} is not {title!r}")
# An imported design may make only resources that take no tags (a VPC endpoint).
if seen == 0 and not imported:
    sys.exit(f"{js}: no tagged resource")
print(f"{js}: {seen} Name tags read back as written")
PY
}
for path in "$data"/*.azimuth; do
    design="$(basename "$path" .azimuth)"
    check "read back $design" read_back "$data/$design.azimuth" "$work/$design.json" "$work/$design.yaml" "$origin"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
