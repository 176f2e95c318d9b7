"""Pages of the partnership layer. Every view loads through casewindow.accounts.access."""
