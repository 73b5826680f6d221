"""One indicator across plans: each plan's baseline and target, and which targets fall behind."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from fastapi.exceptions import RequestValidationError

from plangraph.api.deps import StoreDep
from plangraph.api.examples import HUZHOU_INDICATOR_ID, INDICATOR_NAME, examples
from plangraph.api.schemas import ErrorDetail
from plangraph.api.schemas_analysis import IndicatorComparisonOut
from plangraph.graph.queries import indicators

router = APIRouter(prefix="/api/v1/indicators", tags=["indicators"])

ONE_OF = "give exactly one of `name` or `id`"


@router.get(
    "/compare",
    summary="One indicator in every plan that sets it, with baselines, targets and looser/opposite flags",
    description="Give exactly one of `name` (the indicator's name, either script) or `id`. The answer "
    "joins indicators over ALIGNS_WITH (child plan → parent plan) and over the same name, national "
    "first; a child's `aligns_with` entry says whether its target is `looser` than or `opposite` to "
    "its parent's.",
    responses={
        status.HTTP_404_NOT_FOUND: {"model": ErrorDetail, "description": "no indicator matches"},
    },
)
def compare_indicator(
    store: StoreDep,
    name: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="exact indicator name",
            openapi_examples=examples(事故率=("万台特种设备事故率", INDICATOR_NAME)),
        ),
    ] = None,
    id: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="an indicator id",
            openapi_examples=examples(湖州=("湖州's 万台特种设备事故率", HUZHOU_INDICATOR_ID)),
        ),
    ] = None,
) -> IndicatorComparisonOut:
    if (name is None) == (id is None):  # OpenAPI cannot say "exactly one of", so it is checked here
        raise RequestValidationError(
            [{"type": "value_error", "loc": ["query", "name"], "msg": ONE_OF, "input": name}]
        )
    key = name if name is not None else id
    comparison = indicators.compare_indicator(store, key)  # type: ignore[arg-type]
    if comparison is None or (id is not None and all(i.id != id for i in comparison.indicators)):
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"no indicator matches {key!r}")
    return IndicatorComparisonOut.model_validate(comparison, from_attributes=True)
