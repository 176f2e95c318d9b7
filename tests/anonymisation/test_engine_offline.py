"""The detector never reaches the network: tldextract (which Presidio's e-mail recogniser asks
for the public-suffix list) is pointed at the snapshot it ships."""

from tldextract import tldextract

from casewindow.anonymisation.detection import analysers


def test_tldextract_reads_its_snapshot_and_has_no_address_to_download_from(monkeypatch):
    # A fresh extractor as tldextract makes it, with its download addresses; put back after.
    monkeypatch.setattr(tldextract, "TLD_EXTRACTOR", tldextract.TLDExtract())
    assert tldextract.TLD_EXTRACTOR.suffix_list_urls

    analysers._tldextract_offline()

    assert tldextract.TLD_EXTRACTOR.suffix_list_urls == ()
    assert tldextract.extract("social.care@council.gov.uk").suffix == "gov.uk"
    offline = tldextract.TLD_EXTRACTOR
    analysers._tldextract_offline()
    assert tldextract.TLD_EXTRACTOR is offline  # done once
