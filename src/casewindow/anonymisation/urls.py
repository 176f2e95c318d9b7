app_name = "anonymisation"
urlpatterns: list = []
