"""The token pages (under the user's account) and the REST API itself (under /api/v1/, mounted
by casewindow/urls.py in its own namespace, `api_v1`)."""

from django.urls import URLPattern, path

from casewindow.api.views import tokens

app_name = "api"
urlpatterns = [
    path("accounts/account/api-tokens/", tokens.token_list, name="token_list"),
    path("accounts/account/api-tokens/new/", tokens.token_create, name="token_create"),
    path(
        "accounts/account/api-tokens/<uuid:token_id>/revoke/",
        tokens.token_revoke,
        name="token_revoke",
    ),
]
review_urlpatterns: list[URLPattern] = []
