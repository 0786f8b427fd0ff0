"""A new user's script: record a deployment and an incident, read them back, mark the
deployment as failed, clean up.

Checked by tests/test_user_scripts.py: mypy --strict accepts it as written, and it runs against
the fake server.
"""

from datetime import datetime, timedelta, timezone

from datadog_deployments import (
    ApiClient,
    Configuration,
    DORAMetricsApi,
    to_datetime,
    value_or_none,
)


def main(configuration: Configuration) -> None:
    finished = datetime.now(timezone.utc)
    with ApiClient(configuration) as api_client:
        dora = DORAMetricsApi(api_client)

        sent = dora.create_dora_deployment(
            service="checkout-api",
            env="production",
            version="2.4.0",
            started_at=finished - timedelta(minutes=3),
            finished_at=finished,
        )
        event = dora.get_dora_deployment(sent.data.id)
        attributes = event.data.attributes
        started = to_datetime(attributes.started_at)
        print(f"{event.data.type} {event.data.id}: {attributes.service} {started:%Y-%m-%d}")
        print("env:", value_or_none(attributes.env), "team:", value_or_none(attributes.team))
        print(event)

        # It went wrong: an incident, and the deployment marked as a change failure.
        failure = dora.create_dora_failure(
            services=["checkout-api"],
            env="production",
            name="checkout errors after 2.4.0",
            started_at=finished + timedelta(minutes=5),
        )
        incident = dora.get_dora_failure(failure.data.id).data
        print(f"{incident.type} {incident.id}: {incident.attributes.name}")
        dora.patch_dora_deployment(sent.data.id, change_failure=True)

        dora.delete_dora_failure(incident.id)
        dora.delete_dora_deployment(sent.data.id)
        print("deleted", sent.data.id, incident.id)


if __name__ == "__main__":
    main(Configuration())
