// Runs the npm cfn-lint validator on CloudFormation templates, against the current
// CloudFormation resource specification from @aws-cdk/cfnspec (cfn-lint 1.9.7 ships a
// 2019 specification that lacks e.g. AWS::Lightsail::Instance and RDS's
// ManageMasterUserPassword). Prints every message; exits 1 when any is critical.
'use strict';
const path = require('path');
const awsData = require('cfn-lint/lib/awsData');
const current = require('@aws-cdk/cfnspec/spec/specification.json');

// The validator reads these tables at validation time, so replacing their contents
// here makes it check against the newer specification.
awsData.awsResources.ResourceTypes = current.ResourceTypes;
awsData.awsResources.PropertyTypes = current.PropertyTypes;
awsData.awsResources.ResourceSpecificationVersion = current.ResourceSpecificationVersion;

const api = require('cfn-lint/lib/api');
// A maintenance window task's TaskArn is a document's name when it runs a command
// (AWS-RunPatchBaseline); this validator wants an ARN there, AWS's own cfn-lint does not.
const falsePositive = (e) =>
    / > Properties > TaskArn$/.test(e.resource) && /^Expecting an ARN/.test(e.message);

let failed = false;
for (const file of process.argv.slice(2)) {
    const result = api.validateFile(path.resolve(file));
    const crit = (result.errors.crit || []).filter((e) => !falsePositive(e));
    for (const level of ['crit', 'warn', 'info'])
        for (const e of result.errors[level] || [])
            console.log(`${file}: ${level}: ${e.resource}: ${e.message}`);
    console.log(`${file}: ${crit.length ? 'INVALID' : 'valid'} ` +
                `(${crit.length} critical, ${(result.errors.warn || []).length} warnings; ` +
                `specification ${current.ResourceSpecificationVersion})`);
    if (crit.length) failed = true;
}
process.exit(failed ? 1 : 0);
