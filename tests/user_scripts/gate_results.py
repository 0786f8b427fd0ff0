"""A new user's script: ask a gate whether a rollout may proceed, and say why not.

Checked by tests/test_user_scripts.py: mypy --strict accepts it as written, and it runs against
the fake server.
"""

from datadog_deployments import (
    ApiClient,
    Configuration,
    DeploymentGatesApi,
    GateVerdict,
    value_or_none,
)


def main(configuration: Configuration) -> None:
    configuration.unstable_operations["trigger_deployment_gates_evaluation"] = True
    configuration.unstable_operations["get_deployment_gates_evaluation_result"] = True
    with ApiClient(configuration) as api_client:
        gates = DeploymentGatesApi(api_client)

        # In two steps: trigger, keep the ID, wait for the verdict.
        triggered = gates.trigger_deployment_gates_evaluation(
            service="checkout-api", env="production", version="2.4.0"
        )
        evaluation_id = triggered.data.attributes.evaluation_id
        print("evaluation", evaluation_id, triggered.data.type)
        result = gates.wait_for_deployment_gates_evaluation_result(
            evaluation_id, timeout=60, poll_interval=1
        )
        attributes = result.data.attributes
        print(f"gate {attributes.gate_status}: {attributes.evaluation_url}")
        for rule in attributes.rules:
            reason = value_or_none(rule.reason)
            print(f"  {rule.name}: {rule.status}" + (f" ({reason})" if reason else ""))

        # In one step, with the flat verdict.
        verdict = GateVerdict.of(
            gates.evaluate_deployment_gate(
                service="checkout-api", env="production", timeout=60, poll_interval=1
            )
        )
        print("passed:", verdict.passed, [rule.name for rule in verdict.failed_rules])
        print(result)


if __name__ == "__main__":
    main(Configuration())
