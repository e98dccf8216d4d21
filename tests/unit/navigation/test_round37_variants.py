"""Round 37's discovery rules (a builder's cards titled by unlinked headings, a blog's
query-string paths, date archives, Serendipity's and Dotclear's scripts) on addresses and markup
of other shapes than the fixtures'."""

from __future__ import annotations

from crawler.extract.document import parse
from crawler.navigation.families import Families, family_of
from crawler.navigation.urls import is_trap
from crawler.plan import PageHints, plan_page

BASE = "http://127.0.0.1:8000/tin-tuc-2.html"


def test_cards_with_an_unlinked_heading_and_a_read_more_button_are_a_listing() -> None:
    cards = "".join(
        f"<div class='card-col'><div class='card-in'><img src='/anh/{n}.jpg'><div class='card-text'>"
        f"<h5 class='card-name'>{title}</h5><h6 class='card-date'>1{n}/11/2026</h6><p>Tóm tắt bài viết số {n} của nhà trường.</p></div>"
        f"<div class='card-btn'><a href='bai-{n}.html' class='btn'>Đọc tiếp »</a></div></div></div>"
        for n, title in ((1, "Hội thi kể chuyện theo sách cấp trường"), (2, "Ngày hội đọc sách của Liên đội"), (3, "Tập huấn kỹ năng sống cho học sinh"))
    )
    html = f"<html><body><h2 class='page-title'>Tin tức</h2><div class='cards-row'>{cards}</div></body></html>".encode()
    plan = plan_page(parse(html, BASE), PageHints())
    assert plan.kind == "listing"
    assert sorted(e.url.rsplit("/", 1)[1] for e in plan.entries) == ["bai-1.html", "bai-2.html", "bai-3.html"]


def test_a_query_string_paths_numbers_make_one_family_and_date_archives_have_less_patience() -> None:
    assert family_of("http://x/blog.php?archive/2019/04") == family_of("http://x/blog.php?archive/2015/12")
    families = Families(patience=20)
    frozen = [families.record(f"http://x/blog.php?archive/2015/{m:02d}", productive=False) for m in range(1, 13)]
    assert any(frozen) and not families.allows("http://x/blog.php?archive/2014/01")
    other = Families(patience=20)
    assert not any(other.record(f"http://x/lich?tuan={w}", productive=False) for w in range(1, 13))


def test_a_blogs_scripts_and_feeds_after_a_query_path_are_traps() -> None:
    assert is_trap("http://x/blog.php?tag/doi-doan/page/2")
    assert is_trap("http://x/blog.php?trackback/77")
    assert is_trap("http://x/blog/index.php?/feeds/categories/2-Doi-Doan.rss")
    assert is_trap("http://x/blog/comment.php?type=trackback&entry_id=9")
    assert is_trap("http://x/blog/s9y_admin.php")
    assert is_trap("http://x/blog/index.php?serendipity%5Baction%5D=search&serendipity%5BsearchTerm%5D=hoi")
    assert not is_trap("http://x/blog.php?post/2026/11/15/Hoi-thi-ke-chuyen")
    assert not is_trap("http://x/blog.php?category/Doi-Doan")
