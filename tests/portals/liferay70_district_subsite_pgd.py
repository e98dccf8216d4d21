"""Liferay DXP 7.0 district sub-site: Phòng Giáo dục và Đào tạo huyện Tân Châu, tỉnh Tây Ninh.

Platform
--------
One Liferay DXP 7.0 (GA1, Tomcat bundle) run by the province for its district offices of
education: each office is a *site* under ``/web/<site>`` sharing one theme (``tayninh-edu-theme``),
the province's header strip and a footer that link the other districts' sites. News is shown by
Asset Publisher portlets with an application display template (cards: thumbnail, date, summary,
"Xem tiếp »") and the search-container page iterator ("Trang 1 / 3" drop-down with numbered
links, "Trước" / "Tiếp theo" buttons). An article opens in the Asset Publisher's *full content*
view on the same layout: back arrow + asset title (a ``<div class="h2">``, not a heading), social
bookmarks and print icon, then the web content's template (date line, "Tóm tắt" field, text,
"Tác giả" field, attachment field), then the portlet's own "Tin liên quan" (asset links), ratings,
metadata and the discussion box.

URL scheme
----------
- ``/web/pgd-tanchau`` (START_PATH): the site root answers with the home layout (also
  ``/web/pgd-tanchau/trang-chu``).
- layouts: ``/web/pgd-tanchau/tin-tuc``, ``/web/pgd-tanchau/thong-bao``, ``/gioi-thieu``,
  ``/gioi-thieu/co-cau-to-chuc``, ``/thu-vien-anh``, ``/lien-he``.
- listing pages: ``/web/pgd-tanchau/tin-tuc?p_p_id=<pid>&p_p_lifecycle=0&p_p_state=normal&
  p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1&_<pid>_cur=<n>&_<pid>_delta=4`` with
  ``<pid> = com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>``.
- articles: ``/web/pgd-tanchau/<layout>/-/asset_publisher/<id>/content/<url-title>`` (the gold
  path); document entries ``/web/pgd-tanchau/thong-bao/-/asset_publisher/<id>/document/id/<pk>``.
- other districts' sites: ``/web/pgd-<name>`` (and ``/trang-chu``), each with one news article.
- files: ``/documents/<group>/<folder>/<file>/<uuid>?t=…``, ``/image/journal/article?img_id=…``,
  theme files under ``/o/tayninh-edu-theme/…``.

Page templates
--------------
home (portlets "Tin mới" and "Thông báo" plus a banner), listing layouts (Asset Publisher with
ADT cards + page iterator), full-content article view, full-content document view, journal
content pages (intro, organisation chart, contact), a media gallery page, the sign-in page; the
right column on every page: "Tin đọc nhiều", "Liên kết website" (select), visitor counter, poll.

How each gold article is reached
--------------------------------
Tin tức (9 articles, delta 4, "Trang 1 / 3"): page 1 holds ids 1-4 (also the home's "Tin mới"),
page 2 ids 5-8, page 3 id 9. Thông báo (4 articles + 2 document entries, "Trang 1 / 2"): page 1
holds id 10, document 901, id 11, id 12 (the home's "Thông báo" shows the first three), page 2
document 902 and id 13. "Tin đọc nhiều" (right column, clean links) shows ids 2, 4, 1, 10, 3;
"Tin liên quan" links 1 -> 8, 2 -> 5, 12 -> 11. So ids 6, 7, 9 and 13 are reachable only from
page 2+ of a listing.

Traps
-----
1. Canonical points to the layout, not the article (Liferay 7.0 builds ``<link rel="canonical">``
   and the hreflang alternates from the layout's friendly URL): every article of Tin tức says its
   canonical is ``/web/pgd-tanchau/tin-tuc``, every home-variant says ``/web/pgd-tanchau/trang-chu``.
   Gold: ``canonical_path`` is the clean article path; a crawler folding pages onto their
   canonical loses twelve articles.
2. Redirect-carrying article links: every card links to
   ``…/content/<url-title>?inheritRedirect=false&redirect=<the listing's URL, encoded>``, a
   different URL per listing page variant (plain layout, ``cur=1``, ``cur=2`` …). Gold: the clean
   path; every such variant is in ``alt_paths``.
3. One article, three views: the home layout's Asset Publishers open the article in their own
   full-content view (``/web/pgd-tanchau/trang-chu/-/asset_publisher/<home id>/content/<url-title>``,
   breadcrumb "Trang chủ", portlet title "Tin mới"/"Thông báo", canonical ``/trang-chu``); "Tin liên
   quan" uses the ``…/content/id/<classPK>`` form; the print icon opens
   ``…?p_p_state=pop_up&_<pid>_viewMode=print`` from an ``onclick`` window.open. Gold: all in
   ``alt_paths``; ``category`` is the section the article is filed under ("Tin tức"/"Thông báo",
   printed as "Chuyên mục: …" in the asset metadata), never "Trang chủ"/"Tin mới".
4. Document entries in the news listing: the Thông báo Asset Publisher mixes web contents with
   Documents and Media entries (PDF plans and dispatches) rendered as the same cards with date
   and summary; their full view (``…/document/id/<pk>``) has a title, a date and a description
   paragraph. Gold: not articles (they are in NON_ARTICLES).
5. Same-host sites of the other districts (``/web/pgd-tanbien`` …) in the same theme, linked from
   the province strip and the footer, each with a real-looking news article. Gold: outside the
   site given by the start URL; none of them is gold (neither article nor non-article).
6. Tomcat URL rewriting: a request without the JSESSIONID cookie (the first one) gets every
   in-site link rewritten with ``;jsessionid=…`` (and a Set-Cookie). Gold: the article paths with
   ``;jsessionid=…`` are ``alt_paths``; a crawler that keeps cookies sees them only on the start
   page.
7. The title is not a heading: the page's ``<h1>`` is the office's name in the banner, the
   ``<h2>`` is the portlet title ("Tin tức"), the headline is ``<div class="h2"><span
   class="asset-title">``; ``<title>`` is "<headline> - Tin tức - Phòng …". Gold: the asset title.
8. Date lines: the template prints "Cập nhật lúc: 05/12/2026 07:45" *before* "Ngày đăng: Thứ
   Sáu, 04/12/2026 - 16:20 (GMT+7)"; notices print "Hết hạn: 04/01/2027" (the asset's expiration
   date) in the card and on the page; the header's clock says "Thứ Bảy, 05/12/2026". Gold: the
   "Ngày đăng" date with its time and +07:00; "00:00" printed -> the day alone (id 5).
9. Captions in layout tables: CKEditor's image tables (``<table class="tn-anh">``: one row with
   the photo, one row with the line) sit in the text next to a real data table. Gold: the
   photo's row is no text, the line is the caption; the data table's rows are body paragraphs
   ("Môn | Số giáo viên dự thi | Số giáo viên đạt").
10. Widgets inside the full-content container after the text: "Tác giả:" field ("ThS. …",
    "… - Trường THCS Tân Hưng", "… (CTV)"), "Tệp đính kèm:" field, "Tin liên quan" asset links,
    star ratings "(0 Phiếu)", "Lượt xem / Chuyên mục / Người đăng: admin.pgdtanchau" metadata and
    the discussion box "0 Bình luận". Gold: none of it is body; the "Tác giả" field gives
    ``authors`` (name only); "Người đăng" accounts are nobody.
11. Pagination as the page iterator prints it: the numbered links live only in the hidden
    drop-down of "Trang 1 / 3" (``<ul class="dropdown-menu">``), "Trước"/"Đầu tiên" are
    ``javascript:;`` on page 1; page links carry ``#p_<pid>`` fragments and the iterator asks
    page 1 again as ``cur=1`` (another URL for the same listing). An out-of-range ``cur`` shows
    the last page, as Liferay does (not linked).
12. Mixed markup of editors: a text pasted from Word (``MsoNormal`` spans, ``<o:p>`` spacers,
    id 6), a text typed as one ``<div>`` with ``<br />`` lines (id 4), a bold lead paragraph
    (id 3: it is the sapo), the sapo in the template's own "Tóm tắt" element (ids 1, 6), typed
    "👉 " bullets kept as text and one ``<img alt="👉">`` bullet that is not (id 12).
13. Bylines and sources in the text: "Tin, ảnh: Võ Minh Trí" (author and photographer), "Tin: X -
    Ảnh: Y", an "Ảnh: Bảo Ngọc" line under a photo (photographer, no caption), a closing
    "Nguồn: Báo Tây Ninh", a right-aligned unit "Tổ Chuyên môn" signing alone.
14. An official notice (id 11) printed with its letterhead table, "THÔNG BÁO / Về việc …", then
    "Nơi nhận" and the signer: published_at is the letterhead's day (2026-11-30), not the
    "Ngày đăng: 01/12/2026 - 08:40" line; the signer is the author.

Gold decisions on ambiguous points
----------------------------------
- ``path`` is the clean full-content URL on the article's own layout (no query); the variants
  the site links to (redirect, home view, ``content/id/<pk>``, print pop-up, ``;jsessionid``) are
  ``alt_paths`` (computed by walking the site at import, so the list is complete).
- ``category`` is the layout the article's Asset Publisher lives on, as the menu and breadcrumb
  print it: "Tin tức" or "Thông báo".
- The "Tóm tắt" element (ids 1, 6) and the bold lead (id 3) are sapos: summary and first body
  paragraph. The other articles have no sapo (summary null).
- "Tác giả: Trần Quốc Bảo - Trường THCS Tân Hưng" -> "Trần Quốc Bảo"; "Nguyễn Thị Mỹ Linh (CTV)"
  -> "Nguyễn Thị Mỹ Linh" (CTV = collaborator, a post); a unit in the field ("Tổ Văn phòng") is
  the author as printed.
- Typed "- " at the start of a notice's lines is text and kept; numbered headings ("1. Thời gian,
  địa điểm") inside a notice are body paragraphs.
- Other districts' articles are outside the crawl's site and not gold; the sign-in page is not
  content and not in NON_ARTICLES.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "liferay70_district_subsite_pgd"
PLATFORM = "Liferay DXP 7.0 (Asset Publisher with ADT, province multi-site)"
SITE = "/web/pgd-tanchau"
START_PATH = SITE

OFFICE = "Phòng Giáo dục và Đào tạo huyện Tân Châu"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
JSESSIONID = "8E41C07B2D9A53F6E1B84C2F0A7D9E13"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
DELTA = 4

#: the Asset Publisher instance of each layout (home has two)
INST = {"tin-tuc": "kP3vN8aQx2Lm", "thong-bao": "Tb7Rw2YcJd5E"}
HOME_INST = {"tin-tuc": "hM9sZ4uVe1Fq", "thong-bao": "nB2xQ7wLk4Ta"}
SIDE_INST = "dN5hR8tGm3Wc"
CATEGORY = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}
HOME_TITLE = {"tin-tuc": "Tin mới", "thong-bao": "Thông báo"}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _pid(inst: str) -> str:
    return f"{AP}_INSTANCE_{inst}"


def _photo(name: str, uuid: str, t: str) -> str:
    return f"/documents/20143/41207/{name}/{uuid}?t={t}"


# --- the 13 articles -----------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1,
        slug="truong-thcs-tan-hung-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        title="Trường THCS Tân Hưng đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="tin-tuc",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Sáng ngày 04/12/2026, Trường THCS Tân Hưng long trọng tổ chức lễ đón nhận Bằng công "
            "nhận trường đạt chuẩn quốc gia mức độ 1 và Bằng công nhận đạt kiểm định chất lượng "
            "giáo dục cấp độ 2 do UBND tỉnh Tây Ninh trao tặng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có ông Nguyễn Thành Trung, Phó Chủ tịch UBND huyện Tân Châu; bà Lê Thị "
                "Kim Phượng, Trưởng phòng Giáo dục và Đào tạo huyện; đại diện lãnh đạo Đảng ủy, "
                "UBND xã Tân Hưng cùng đông đủ cán bộ, giáo viên, nhân viên, học sinh và cha mẹ học "
                "sinh của nhà trường."
            ),
            P(
                "Trường THCS Tân Hưng được thành lập năm 1992, hiện có 18 lớp với 712 học sinh, 41 "
                "cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn trình độ đào tạo, trong đó "
                "78% trên chuẩn. Trong 5 năm qua, tỷ lệ học sinh tốt nghiệp THCS của trường luôn "
                "đạt trên 99%, nhiều em đạt giải học sinh giỏi cấp huyện, cấp tỉnh."
            ),
            Img(
                _photo("TH_TanHung_01.jpg", "6f1d2c3a-8b1e-4c7d-9a2f-1e0b3c4d5e6f", "1733305200000"),
                "Ông Nguyễn Thành Trung, Phó Chủ tịch UBND huyện trao Bằng công nhận cho nhà trường",
                "Ông Nguyễn Thành Trung, Phó Chủ tịch UBND huyện trao Bằng công nhận cho nhà trường",
            ),
            P(
                "Phát biểu tại buổi lễ, ông Nguyễn Thành Trung ghi nhận những nỗ lực của tập thể "
                "nhà trường trong việc tham mưu đầu tư cơ sở vật chất, đổi mới phương pháp dạy học "
                "và nâng cao chất lượng đội ngũ; đồng thời đề nghị nhà trường tiếp tục duy trì, giữ "
                "vững các tiêu chuẩn đã đạt, phấn đấu đạt chuẩn quốc gia mức độ 2 trong giai đoạn "
                "tiếp theo."
            ),
            P(
                "Thay mặt tập thể, thầy Trần Quốc Bảo, Hiệu trưởng nhà trường bày tỏ sự cảm ơn đối "
                "với sự quan tâm của các cấp lãnh đạo, sự đồng hành của cha mẹ học sinh và hứa sẽ "
                "tiếp tục phát huy kết quả đạt được."
            ),
            P("Đến nay, toàn huyện Tân Châu có 42/58 trường đạt chuẩn quốc gia, đạt tỷ lệ 72,4%."),
        ],
        authors=["Trần Quốc Bảo"],
        opts={
            "pk": 412528,
            "posted": (2026, 12, 4, 16, 20),
            "updated": "05/12/2026 07:45",
            "tacgia": "Trần Quốc Bảo - Trường THCS Tân Hưng",
            "related": [8],
        },
    ),
    Story(
        id=2,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-12-02T10:05:00+07:00",
        blocks=[
            P(
                "Từ ngày 23/11 đến ngày 01/12/2026, Phòng Giáo dục và Đào tạo huyện Tân Châu tổ "
                "chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 tại "
                "Trường Tiểu học thị trấn Tân Châu và Trường Tiểu học Tân Phú."
            ),
            P(
                "Hội thi có 86 giáo viên đến từ 24 trường tiểu học trong huyện tham gia. Mỗi giáo "
                "viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy "
                "thực hành ở các môn Tiếng Việt, Toán, Tự nhiên và Xã hội, Khoa học, Lịch sử và Địa "
                "lí, Tiếng Anh, Tin học."
            ),
            Img(
                _photo("HoiThiGVDG_TH_1.jpg", "0a7b9e52-3c41-4d8e-b2f6-7c9d1e2a3b4c", "1733108700000"),
                "Cô Huỳnh Thị Ngọc Hân, Trường Tiểu học Tân Hòa B thực hiện tiết dạy môn Tiếng Việt lớp 3",
                "Cô Huỳnh Thị Ngọc Hân, Trường Tiểu học Tân Hòa B thực hiện tiết dạy môn Tiếng Việt lớp 3",
                style="table",
            ),
            P(
                "Ban giám khảo gồm các chuyên viên Phòng GD&ĐT, cán bộ quản lý và giáo viên cốt cán "
                "đã dự giờ, đánh giá theo tiêu chí của Thông tư 22/2019/TT-BGDĐT. Nhìn chung, các "
                "tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kỹ thuật dạy "
                "học tích cực, khai thác hiệu quả thiết bị dạy học và ứng dụng công nghệ thông tin."
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 71 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "huyện, cụ thể:"
            ),
            P("Môn | Số giáo viên dự thi | Số giáo viên đạt", "row"),
            P("Tiếng Việt | 28 | 24", "row"),
            P("Toán | 25 | 21", "row"),
            P("Tiếng Anh | 14 | 11", "row"),
            P("Các môn còn lại | 19 | 15", "row"),
            Img(
                _photo("HoiThiGVDG_TH_2.jpg", "5d2e8f13-9a64-47b0-8c1d-3e5f7a9b0c2d", "1733108700000"),
                "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt kết quả cao",
                "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt kết quả cao",
                style="table",
            ),
            P(
                "Hội thi là dịp để đội ngũ giáo viên giao lưu, học hỏi kinh nghiệm, góp phần thực "
                "hiện hiệu quả Chương trình giáo dục phổ thông 2018 ở cấp tiểu học."
            ),
        ],
        authors=["Nguyễn Thị Thanh Thủy"],
        opts={
            "pk": 412317,
            "posted": (2026, 12, 2, 10, 5),
            "tacgia": "ThS. Nguyễn Thị Thanh Thủy",
            "related": [5],
        },
    ),
    Story(
        id=3,
        slug="tan-chau-hon-1-200-bo-ao-am-den-voi-hoc-sinh-vung-bien-gioi",
        title="Tân Châu: Hơn 1.200 bộ áo ấm đến với học sinh vùng biên giới",
        cat="tin-tuc",
        published_at="2026-11-27T08:30:00+07:00",
        summary=(
            "(PGD Tân Châu) - Chương trình “Áo ấm cho em” năm 2026 đã trao tặng 1.236 bộ áo ấm "
            "cùng nhiều phần quà cho học sinh có hoàn cảnh khó khăn tại các xã biên giới Tân Hòa, "
            "Tân Đông, Suối Ngô."
        ),
        blocks=[
            P(
                "(PGD Tân Châu) - Chương trình “Áo ấm cho em” năm 2026 đã trao tặng 1.236 bộ áo ấm "
                "cùng nhiều phần quà cho học sinh có hoàn cảnh khó khăn tại các xã biên giới Tân "
                "Hòa, Tân Đông, Suối Ngô.",
                "b",
            ),
            P(
                "Chương trình do Phòng Giáo dục và Đào tạo phối hợp với Huyện đoàn Tân Châu vận "
                "động từ đầu tháng 11/2026, nhận được sự hưởng ứng của cán bộ, giáo viên toàn ngành "
                "cùng các doanh nghiệp, nhà hảo tâm trong và ngoài huyện. Tổng giá trị quà tặng hơn "
                "420 triệu đồng."
            ),
            Img(
                _photo("AoAm_TanHoa.jpg", "b3c4d5e6-1f20-4a3b-9c8d-7e6f5a4b3c2d", "1732671000000"),
                "Trao áo ấm cho học sinh Trường Tiểu học Tân Hòa A",
                "Trao áo ấm cho học sinh Trường Tiểu học Tân Hòa A",
            ),
            P(
                "Ngoài áo ấm, mỗi em còn nhận được một phần quà gồm tập, bút, ba lô và 200.000 đồng "
                "tiền mặt. Riêng 35 học sinh mồ côi được hỗ trợ thêm học bổng trị giá 1 triệu đồng "
                "mỗi suất."
            ),
            P(
                "Em Lâm Thị Ngọc Trâm, học sinh lớp 5 Trường Tiểu học Tân Đông B chia sẻ: “Năm nay "
                "em được tặng áo ấm mới và ba lô, em cảm ơn thầy cô và các cô chú rất nhiều. Em sẽ "
                "cố gắng học thật giỏi”."
            ),
            Img(
                _photo("AoAm_TanDong.jpg", "c9d8e7f6-2a1b-4c3d-8e9f-0a1b2c3d4e5f", "1732671000000"),
                "Ảnh: Võ Minh Trí",
                None,
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Võ Minh Trí</strong></p>'),
        ],
        authors=["Võ Minh Trí"],
        photographers=["Võ Minh Trí"],
        opts={"pk": 411902, "posted": (2026, 11, 27, 8, 30)},
    ),
    Story(
        id=4,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc",
        published_at="2026-11-19T15:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 19/11/2026, tại Hội trường UBND huyện, Phòng Giáo dục và Đào tạo phối "
                "hợp với Công đoàn Giáo dục huyện Tân Châu tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam."
            ),
            P(
                "Đến dự có bà Hà Thị Thu Trang, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân "
                "vận Huyện ủy; ông Nguyễn Thành Trung, Phó Chủ tịch UBND huyện cùng hơn 300 cán bộ "
                "quản lý, giáo viên tiêu biểu và nhà giáo hưu trí."
            ),
            P(
                "Năm học 2025 - 2026, toàn huyện có 98,6% học sinh tiểu học hoàn thành chương trình "
                "lớp học; 99,2% học sinh lớp 9 được công nhận tốt nghiệp THCS; 46 học sinh đạt giải "
                "học sinh giỏi cấp tỉnh; 7 trường được công nhận đạt chuẩn quốc gia."
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể và 9 cá nhân; Chủ tịch "
                "UBND huyện tặng Giấy khen cho 24 tập thể và 85 cá nhân có thành tích xuất sắc trong "
                "năm học 2025 - 2026."
            ),
            Img(
                _photo("KyNiem20-11_2026.jpg", "e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7", "1732003200000"),
                "Lãnh đạo huyện trao khen thưởng cho các tập thể, cá nhân tiêu biểu",
                "Lãnh đạo huyện trao khen thưởng cho các tập thể, cá nhân tiêu biểu",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ chào mừng do giáo viên các trường mầm "
                "non, tiểu học và THCS thị trấn Tân Châu biểu diễn."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "pk": 411455,
            "posted": (2026, 11, 19, 15, 0),
            "tacgia": "Tổ Văn phòng",
            "form": "div",
        },
    ),
    Story(
        id=5,
        slug="tap-huan-day-hoc-mon-tin-hoc-theo-chuong-trinh-giao-duc-pho-thong-2018-cho-giao-vien-thcs",
        title="Tập huấn dạy học môn Tin học theo Chương trình giáo dục phổ thông 2018 cho giáo viên THCS",
        cat="tin-tuc",
        published_at="2026-11-14",
        blocks=[
            P(
                "Ngày 14/11/2026, Phòng Giáo dục và Đào tạo tổ chức lớp tập huấn chuyên môn môn Tin "
                "học cho 32 giáo viên đang giảng dạy tại 14 trường THCS trên địa bàn huyện."
            ),
            P(
                "Lớp tập huấn tập trung vào dạy học chủ đề lập trình trực quan với Scratch và Python "
                "ở lớp 8, lớp 9; xây dựng kế hoạch bài dạy theo hướng phát triển năng lực số; kiểm "
                "tra, đánh giá thường xuyên bằng sản phẩm học tập của học sinh."
            ),
            P("Nội dung chính của đợt tập huấn:", "h"),
            P(
                "Phân tích yêu cầu cần đạt của chủ đề “Giải quyết vấn đề với sự trợ giúp của máy "
                "tính”;",
                "li",
            ),
            P("Thực hành thiết kế hoạt động học theo nhóm tại phòng máy;", "li"),
            P("Giới thiệu kho học liệu số dùng chung của ngành giáo dục tỉnh Tây Ninh.", "li"),
            Img(
                _photo("TapHuan_TinHoc.jpg", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "1731571200000"),
                "Giáo viên thực hành lập trình tại phòng máy Trường THCS thị trấn Tân Châu",
                "Giáo viên thực hành lập trình tại phòng máy Trường THCS thị trấn Tân Châu",
            ),
            P(
                "Báo cáo viên là thầy Đỗ Hoàng Phúc, giáo viên cốt cán môn Tin học cấp tỉnh. Sau tập "
                "huấn, mỗi giáo viên hoàn thành một kế hoạch bài dạy và tổ chức dạy minh họa tại "
                "trường trong tháng 12/2026."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Tin: Lê Thị Hồng Nhung - Ảnh: Đặng Văn '
                "Hậu</strong></em></p>"
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Đặng Văn Hậu"],
        opts={"pk": 411203, "posted": (2026, 11, 14, 0, 0)},
    ),
    Story(
        id=6,
        slug="chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-tai-truong-mam-non-tan-dong",
        title="Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” tại Trường Mầm non Tân Đông",
        cat="tin-tuc",
        published_at="2026-11-10T09:15:00+07:00",
        summary=(
            "Nhằm nâng cao chất lượng chăm sóc, giáo dục trẻ, ngày 06/11/2026, Phòng GD&ĐT huyện "
            "Tân Châu tổ chức chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” cấp huyện "
            "tại Trường Mầm non Tân Đông."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự chuyên đề có đại diện lãnh đạo Phòng GD&ĐT, cán bộ quản lý và giáo viên "
                "cốt cán của 19 trường mầm non, mẫu giáo trong huyện."
            ),
            P(
                "Tại chuyên đề, các đại biểu tham quan môi trường giáo dục trong và ngoài lớp học, "
                "dự hoạt động góc của lớp Mẫu giáo 5 - 6 tuổi A1 và hoạt động trải nghiệm “Bé làm "
                "bánh bò thốt nốt” của lớp Mẫu giáo 4 - 5 tuổi B2."
            ),
            P(
                "Các ý kiến thảo luận đánh giá cao cách nhà trường tận dụng nguyên vật liệu sẵn có ở "
                "địa phương như lá thốt nốt, vỏ hạt điều, mo cau để làm đồ dùng, đồ chơi; tạo điều "
                "kiện để trẻ được tự lựa chọn, tự khám phá và bày tỏ ý kiến."
            ),
            Img(
                _photo("CD_MN_TanDong.jpg", "0f1e2d3c-4b5a-4968-8776-655443322110", "1730966400000"),
                "(Trẻ lớp Mẫu giáo 5 - 6 tuổi A1 tham gia hoạt động góc)",
                "Trẻ lớp Mẫu giáo 5 - 6 tuổi A1 tham gia hoạt động góc",
            ),
            P(
                "Kết thúc chuyên đề, bà Trương Thị Bích Vân, Phó Trưởng phòng GD&ĐT đề nghị các "
                "trường tiếp tục rà soát, cải tạo môi trường giáo dục theo hướng mở, phù hợp điều "
                "kiện thực tế của từng đơn vị."
            ),
        ],
        authors=["Nguyễn Thị Mỹ Linh"],
        opts={
            "pk": 410987,
            "posted": (2026, 11, 10, 9, 15),
            "updated": "12/11/2026 16:02",
            "tacgia": "Nguyễn Thị Mỹ Linh (CTV)",
            "form": "word",
        },
    ),
    Story(
        id=7,
        slug="ngay-hoi-doc-sach-tai-truong-tieu-hoc-thanh-dong-a",
        title="Ngày hội đọc sách tại Trường Tiểu học Thạnh Đông A",
        cat="tin-tuc",
        published_at="2026-11-03T16:45:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong nhà trường, ngày 02/11/2026, Trường "
                "Tiểu học Thạnh Đông A tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách - một "
                "người bạn”."
            ),
            P(
                "Theo kế hoạch, ngày hội gồm các hoạt động: trưng bày, giới thiệu sách theo khối "
                "lớp; thi kể chuyện theo sách; vẽ tranh về nhân vật em yêu thích và trao đổi, quyên "
                "góp sách cho thư viện lớp học."
            ),
            P(
                "Hơn 600 học sinh đã tham gia với nhiều phần thi sôi nổi. Nhiều em mạnh dạn kể lại "
                "câu chuyện “Dế Mèn phiêu lưu ký”, “Không gia đình” bằng lời văn của mình, kết hợp "
                "diễn xuất sinh động."
            ),
            Img(
                _photo("NgayHoiDocSach_TDA.jpg", "a9b8c7d6-e5f4-4321-9abc-def012345678", "1730627100000"),
                "Học sinh tham quan gian trưng bày sách của khối lớp 4",
                "Học sinh tham quan gian trưng bày sách của khối lớp 4",
            ),
            P(
                "Qua ngày hội, nhà trường nhận được gần 1.500 cuốn sách, truyện do học sinh và phụ "
                "huynh quyên góp để bổ sung cho tủ sách lớp học và thư viện xanh của trường."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Tây Ninh</em></p>'),
        ],
        authors=["Hoàng Yến"],
        source="Báo Tây Ninh",
        opts={"pk": 410650, "posted": (2026, 11, 3, 16, 45), "tacgia": "Hoàng Yến"},
    ),
    Story(
        id=8,
        slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026-tai-cac-xa-bien-gioi",
        title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại các xã biên giới",
        cat="tin-tuc",
        published_at="2026-10-28T10:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 20 đến 27/10/2026, Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện Tân Châu "
                "tổ chức kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại 5 xã biên giới: "
                "Tân Hòa, Tân Đông, Suối Ngô, Tân Hà và Tân Hội."
            ),
            P(
                "Đoàn kiểm tra hồ sơ, sổ sách theo dõi phổ cập, phiếu điều tra hộ gia đình, số liệu "
                "trên hệ thống thông tin điện tử quản lý phổ cập giáo dục - xóa mù chữ; đồng thời "
                "kiểm tra xác suất tại một số hộ dân."
            ),
            P(
                "Kết quả cho thấy các xã đều duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 "
                "tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức độ 2 và xóa mù "
                "chữ mức độ 2."
            ),
            P(
                "Bên cạnh đó, đoàn cũng chỉ ra một số hạn chế như việc cập nhật biến động dân số "
                "chưa kịp thời, số người trong độ tuổi 15 - 35 đi làm ăn xa còn nhiều, ảnh hưởng đến "
                "công tác huy động học viên các lớp xóa mù chữ."
            ),
            Img(_photo("KT_PCGD_2026.JPG", "2b3c4d5e-6f70-4812-93a4-b5c6d7e8f901", "1730084400000")),
            P(
                "Đoàn đề nghị UBND các xã chỉ đạo các trường phối hợp chặt chẽ với công an xã để cập "
                "nhật số liệu dân cư, hoàn thiện hồ sơ trước ngày 15/11/2026 phục vụ đợt kiểm tra "
                "của tỉnh."
            ),
        ],
        authors=["Phạm Minh Khoa"],
        opts={"pk": 410114, "posted": (2026, 10, 28, 10, 0), "tacgia": "Phạm Minh Khoa"},
    ),
    Story(
        id=9,
        slug="khai-mac-hoi-khoe-phu-dong-cap-huyen-lan-thu-xii-nam-hoc-2026-2027",
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII, năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-10-17T07:30:00+07:00",
        blocks=[
            P(
                "Sáng ngày 16/10/2026, tại Sân vận động huyện, Phòng Giáo dục và Đào tạo Tân Châu "
                "long trọng khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XII, năm học 2026 - 2027."
            ),
            P(
                "Hội khỏe năm nay thu hút 1.046 vận động viên là học sinh tiểu học và THCS của 38 "
                "trường, tranh tài ở 8 môn: điền kinh, bơi lội, bóng đá, cầu lông, bóng bàn, cờ vua, "
                "võ cổ truyền và kéo co."
            ),
            Img(
                _photo("HKPD_XII_01.jpg", "3c4d5e6f-7081-4923-a4b5-c6d7e8f90a1b", "1729125000000"),
                "Ảnh: Bảo Ngọc",
                None,
            ),
            P(
                "Phát biểu khai mạc, bà Lê Thị Kim Phượng, Trưởng phòng GD&ĐT nhấn mạnh Hội khỏe "
                "Phù Đổng là dịp kiểm tra, đánh giá kết quả công tác giáo dục thể chất trong trường "
                "học, đồng thời phát hiện, bồi dưỡng năng khiếu thể thao cho học sinh."
            ),
            P(
                "Các môn thi đấu diễn ra từ ngày 16 đến 25/10/2026. Ban tổ chức sẽ chọn các vận động "
                "viên xuất sắc thành lập đội tuyển của huyện tham gia Hội khỏe Phù Đổng tỉnh Tây "
                "Ninh vào tháng 3/2027."
            ),
            Img(
                _photo("HKPD_XII_02.jpg", "4d5e6f70-8192-4a34-b5c6-d7e8f90a1b2c", "1729125000000"),
                "Màn đồng diễn thể dục của học sinh Trường Tiểu học thị trấn Tân Châu",
                "Màn đồng diễn thể dục của học sinh Trường Tiểu học thị trấn Tân Châu",
            ),
        ],
        authors=["Thanh Tâm"],
        photographers=["Bảo Ngọc"],
        opts={"pk": 409538, "posted": (2026, 10, 17, 7, 30), "tacgia": "Thanh Tâm"},
    ),
    Story(
        id=10,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="thong-bao",
        published_at="2026-12-03T09:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Công văn số 4215/UBND-NC ngày 28/11/2026 của UBND huyện Tân Châu về việc "
                "nghỉ Tết Dương lịch năm 2027, Phòng Giáo dục và Đào tạo thông báo đến các trường "
                "mầm non, mẫu giáo, tiểu học, THCS trên địa bàn huyện như sau:"
            ),
            P(
                "- Cán bộ, công chức, viên chức, người lao động và học sinh được nghỉ Tết Dương lịch "
                "01 ngày vào thứ Sáu, ngày 01/01/2027."
            ),
            P(
                "- Các đơn vị bố trí lịch trực, bảo đảm an ninh, an toàn tài sản, phòng chống cháy "
                "nổ trong thời gian nghỉ."
            ),
            P(
                "- Việc dạy bù (nếu có) do hiệu trưởng các trường chủ động sắp xếp, bảo đảm thực "
                "hiện đủ kế hoạch giáo dục học kỳ I."
            ),
            P(
                "Đề nghị thủ trưởng các đơn vị thông báo rộng rãi đến toàn thể cán bộ, giáo viên, "
                "nhân viên, học sinh và cha mẹ học sinh biết, thực hiện."
            ),
        ],
        opts={"pk": 412402, "posted": (2026, 12, 3, 9, 0), "expires": "04/01/2027", "form": "br"},
    ),
    Story(
        id=11,
        slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        title="Thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="0" style="width:100%;">'
                "<tbody><tr>"
                '<td style="width:40%; text-align:center; vertical-align:top;">UBND HUYỆN TÂN CHÂU'
                "<br /><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 512/TB-PGDĐT</td>"
                '<td style="text-align:center; vertical-align:top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
                "NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong>"
                "<br /><em>Tân Châu, ngày 30 tháng 11 năm 2026</em></td>"
                "</tr></tbody></table>\n"
                '<p style="text-align:center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc tổ '
                "chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 198/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về "
                "thực hiện nhiệm vụ năm học 2026 - 2027 cấp THCS;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp "
                "huyện năm học 2026 - 2027 như sau:"
            ),
            P("1. Thời gian, địa điểm", "h"),
            P(
                "- Thời gian thi: ngày 19/12/2026 (thứ Bảy). Thí sinh có mặt lúc 6 giờ 45 phút để "
                "làm thủ tục dự thi."
            ),
            P("- Địa điểm: Trường THCS thị trấn Tân Châu."),
            P("2. Môn thi và hình thức thi", "h"),
            P("- Các môn: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học."),
            P(
                "- Hình thức: tự luận (riêng môn Tiếng Anh kết hợp trắc nghiệm và tự luận; môn Tin "
                "học thi thực hành trên máy tính), thời gian làm bài 150 phút."
            ),
            P("3. Đăng ký dự thi", "h"),
            P(
                "Các trường THCS lập danh sách thí sinh theo mẫu, gửi về Phòng GD&ĐT (bộ phận THCS) "
                "qua hệ thống quản lý văn bản và điều hành trước ngày 10/12/2026. Mỗi trường đăng ký "
                "không quá 5 thí sinh/môn."
            ),
            P(
                "Nhận được thông báo này, đề nghị Hiệu trưởng các trường THCS triển khai thực hiện "
                "nghiêm túc./."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="0" style="width:100%;">'
                "<tbody><tr>"
                '<td style="width:50%; vertical-align:top;"><strong><em>Nơi nhận:</em></strong><br />'
                '<span style="font-size:11px;">- Các trường THCS;<br />- Lãnh đạo PGDĐT;<br />- Lưu: '
                "VT, THCS.</span></td>"
                '<td style="text-align:center; vertical-align:top;"><strong>KT. TRƯỞNG PHÒNG<br />'
                "PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Phạm Văn "
                "Lực</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Phạm Văn Lực"],
        opts={"pk": 412186, "posted": (2026, 12, 1, 8, 40), "expires": "20/12/2026"},
    ),
    Story(
        id=12,
        slug="thong-bao-ve-viec-dang-ky-du-thi-cuoc-thi-khoa-hoc-ky-thuat-cap-huyen-danh-cho-hoc-sinh-trung-hoc-nam-hoc-2026-2027",
        title=(
            "Thông báo về việc đăng ký dự thi Cuộc thi Khoa học kỹ thuật cấp huyện dành cho học "
            "sinh trung học năm học 2026 - 2027"
        ),
        cat="thong-bao",
        published_at="2026-11-24T14:10:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 205/KH-PGDĐT ngày 02/10/2026 của Phòng Giáo dục và Đào tạo về "
                "tổ chức Cuộc thi Khoa học kỹ thuật cấp huyện dành cho học sinh trung học năm học "
                "2026 - 2027, Phòng GD&ĐT đề nghị các trường THCS thực hiện một số nội dung sau:"
            ),
            P("👉 Hoàn thành đăng ký dự án dự thi (mẫu 01, mẫu 02) trên hệ thống trước ngày 10/12/2026;"),
            P(
                "👉 Mỗi trường đăng ký tối đa 3 dự án, mỗi dự án có không quá 2 học sinh và 1 giáo "
                "viên hướng dẫn;"
            ),
            P("👉 Nộp hồ sơ giấy (02 bộ) về bộ phận THCS, Phòng GD&ĐT chậm nhất ngày 15/12/2026."),
            P(
                "Hồ sơ gồm phiếu đăng ký, bản tóm tắt dự án, báo cáo kết quả nghiên cứu và sổ tay "
                "nghiên cứu (nếu có).",
                "emoji",
            ),
            P(
                "Vòng chấm trưng bày dự kiến tổ chức ngày 09/01/2027 tại Trường THCS Tân Hưng. Mọi "
                "chi tiết xin liên hệ thầy Phan Thanh Sơn, chuyên viên phụ trách, số điện thoại 0918 "
                "456 271."
            ),
        ],
        opts={
            "pk": 411764,
            "posted": (2026, 11, 24, 14, 10),
            "expires": "15/12/2026",
            "attach": ("Mau_dang_ky_KHKT_2026-2027.pdf", "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a"),
            "related": [11],
            "poster": "phanthanhson",
        },
    ),
    Story(
        id=13,
        slug="thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-co-so-nam-2026",
        title="Thông báo kết quả xét công nhận sáng kiến cấp cơ sở năm 2026",
        cat="thong-bao",
        published_at="2026-11-06T10:30:00+07:00",
        blocks=[
            P(
                "Căn cứ biên bản họp ngày 30/10/2026 của Hội đồng xét công nhận sáng kiến cấp cơ sở "
                "ngành Giáo dục huyện Tân Châu, Phòng Giáo dục và Đào tạo thông báo kết quả như sau:"
            ),
            P(
                "Tổng số sáng kiến đăng ký: 214; số sáng kiến được công nhận: 187, đạt 87,4%. Kết "
                "quả theo cấp học:"
            ),
            P("Cấp học | Đăng ký | Được công nhận", "row"),
            P("Mầm non | 58 | 52", "row"),
            P("Tiểu học | 96 | 83", "row"),
            P("THCS | 60 | 52", "row"),
            P(
                "Danh sách chi tiết các sáng kiến được công nhận được gửi kèm qua hệ thống quản lý "
                "văn bản và điều hành. Các đơn vị thông báo đến cá nhân có sáng kiến được công nhận "
                "để làm căn cứ xét danh hiệu thi đua năm học 2025 - 2026."
            ),
            P(
                "Trường hợp có ý kiến phản hồi về kết quả, đề nghị gửi văn bản về Phòng GD&ĐT trước "
                "ngày 20/11/2026 để Hội đồng xem xét, giải quyết."
            ),
            Raw('<p style="text-align: right;"><strong><em>Tổ Chuyên môn</em></strong></p>'),
        ],
        authors=["Tổ Chuyên môn"],
        opts={"pk": 410872, "posted": (2026, 11, 6, 10, 30)},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
BY_PK = {s.opts["pk"]: s for s in STORIES}


@dataclass(frozen=True)
class DocEntry:
    """A Documents and Media entry shown by the Thông báo Asset Publisher (not an article)."""

    pk: int
    title: str
    filename: str
    uuid: str
    size: str
    posted: tuple[int, int, int, int, int]
    description: str


DOCS = [
    DocEntry(
        901,
        "Kế hoạch số 215/KH-PGDĐT tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027",
        "215-KH-PGDDT_HoiThiGVCN.pdf",
        "3a9c1e7d-5b2f-4c80-a1d3-9e8f7b6c5d4e",
        "318 KB",
        (2026, 12, 1, 14, 20),
        "Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027 (vòng "
        "trường đến hết tháng 12/2026, vòng huyện tháng 02/2027).",
    ),
    DocEntry(
        902,
        "Công văn số 1126/PGDĐT-TH hướng dẫn kiểm tra định kỳ cuối học kỳ I năm học 2026 - 2027",
        "1126-PGDDT-TH_KiemTraCuoiHKI.pdf",
        "8f7e6d5c-4b3a-4291-8a7b-6c5d4e3f2a1b",
        "204 KB",
        (2026, 11, 20, 10, 0),
        "Hướng dẫn ra đề, tổ chức kiểm tra định kỳ cuối học kỳ I các môn Tiếng Việt, Toán, Khoa "
        "học, Lịch sử và Địa lí, Tiếng Anh, Tin học và Công nghệ ở cấp tiểu học.",
    ),
]
DOC_BY_PK = {d.pk: d for d in DOCS}

#: the other district offices' sites on the same portal (slug, office's place name, one news item)
DISTRICTS = [
    ("pgd-tptayninh", "thành phố Tây Ninh", "TP Tây Ninh",
     "Hội thi Nghi thức Đội cấp thành phố năm 2026",
     "Ngày 28/11/2026, Phòng GD&ĐT thành phố Tây Ninh phối hợp với Thành đoàn tổ chức Hội thi "
     "Nghi thức Đội cấp thành phố với sự tham gia của 18 liên đội tiểu học và THCS."),
    ("pgd-hoathanh", "thị xã Hòa Thành", "Hòa Thành",
     "Hòa Thành tổng kết Hội thi giáo viên dạy giỏi cấp THCS",
     "Sau hai tuần diễn ra, Hội thi giáo viên dạy giỏi cấp THCS thị xã Hòa Thành đã công nhận "
     "52 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp thị xã."),
    ("pgd-trangbang", "thị xã Trảng Bàng", "Trảng Bàng",
     "Trảng Bàng: Khánh thành điểm trường Mầm non An Tịnh",
     "Điểm trường mới gồm 6 phòng học, khu bếp một chiều và sân chơi ngoài trời, được xây dựng "
     "từ nguồn vốn ngân sách thị xã với tổng kinh phí gần 9 tỷ đồng."),
    ("pgd-tanbien", "huyện Tân Biên", "Tân Biên",
     "Tân Biên tổ chức Hội thi “Tiếng hát học sinh” năm 2026",
     "Hội thi thu hút 26 tiết mục đơn ca, song ca và tốp ca của học sinh các trường tiểu học, "
     "THCS trên địa bàn huyện Tân Biên."),
    ("pgd-duongminhchau", "huyện Dương Minh Châu", "Dương Minh Châu",
     "Dương Minh Châu bồi dưỡng kỹ năng phòng, chống đuối nước cho học sinh",
     "Hơn 400 học sinh tiểu học được hướng dẫn kỹ năng an toàn khi ở gần sông, hồ và thực hành "
     "bơi tại hồ bơi di động đặt ở Trường Tiểu học Suối Đá A."),
    ("pgd-chauthanh", "huyện Châu Thành", "Châu Thành",
     "Châu Thành: Trao 150 suất học bổng cho học sinh nghèo vượt khó",
     "Mỗi suất học bổng trị giá 1,5 triệu đồng, do Hội Khuyến học huyện vận động từ các doanh "
     "nghiệp và nhà hảo tâm."),
    ("pgd-godau", "huyện Gò Dầu", "Gò Dầu",
     "Gò Dầu tập huấn nghiệp vụ thư viện trường học",
     "Lớp tập huấn dành cho 45 nhân viên thư viện, tập trung vào quản lý thư viện điện tử và tổ "
     "chức các hoạt động khuyến đọc."),
    ("pgd-bencau", "huyện Bến Cầu", "Bến Cầu",
     "Bến Cầu kiểm tra nội bộ trường học học kỳ I",
     "Đoàn kiểm tra của Phòng GD&ĐT huyện Bến Cầu đã làm việc tại 12 đơn vị, tập trung vào việc "
     "thực hiện kế hoạch giáo dục và công tác kiểm tra, đánh giá học sinh."),
]
DISTRICT_BY_SLUG = {d[0]: d for d in DISTRICTS}


def _ascii_slug(title: str) -> str:
    """A Liferay 7.0 url title: accents dropped, "đ" -> "d", runs of other characters -> "-"."""
    import unicodedata

    s = unicodedata.normalize("NFD", title.lower().replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# --- dates as the template prints them ---------------------------------------------------------


def _day(t: tuple[int, ...]) -> str:
    return f"{t[2]:02d}/{t[1]:02d}/{t[0]}"


def _posted_line(t: tuple[int, int, int, int, int]) -> str:
    wd = WEEKDAYS[_dt.date(t[0], t[1], t[2]).weekday()]
    return f"{wd}, {_day(t)} - {t[3]:02d}:{t[4]:02d} (GMT+7)"


def _sort_key(t: tuple[int, ...]) -> tuple[int, ...]:
    return t


# --- URLs ------------------------------------------------------------------------------------


def _clean(story: Story) -> str:
    return f"{SITE}/{story.cat}/-/asset_publisher/{INST[story.cat]}/content/{story.slug}"


def _id_url(story: Story) -> str:
    return f"{SITE}/{story.cat}/-/asset_publisher/{INST[story.cat]}/content/id/{story.opts['pk']}"


def _doc_view(doc: DocEntry, layout: str = "thong-bao", inst: str | None = None) -> str:
    return f"{SITE}/{layout}/-/asset_publisher/{inst or INST['thong-bao']}/document/id/{doc.pk}"


def _doc_file(doc: DocEntry) -> str:
    return f"/documents/20143/41300/{doc.filename}/{doc.uuid}"


def _listing_url(layout: str, cur: int) -> str:
    pid = _pid(INST[layout])
    return (
        f"{SITE}/{layout}?p_p_id={pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-2&p_p_col_count=1&_{pid}_cur={cur}&_{pid}_delta={DELTA}"
    )


def _with_redirect(url: str, current: str) -> str:
    return f"{url}?inheritRedirect=false&redirect={quote(current, safe='')}"


def _thumb(pk: int) -> str:
    return f"/image/journal/article?img_id={pk + 7}&t=1733040000000"


def _items(layout: str) -> list[tuple[tuple[int, ...], Story | DocEntry]]:
    """The assets an Asset Publisher of ``layout`` lists, newest display date first."""
    items: list[tuple[tuple[int, ...], Story | DocEntry]] = [
        (s.opts["posted"], s) for s in STORIES if s.cat == layout
    ]
    if layout == "thong-bao":
        items += [(d.posted, d) for d in DOCS]
    return sorted(items, key=lambda it: _sort_key(it[0]), reverse=True)


# --- article text as the editors left it -------------------------------------------------------


def _t(value: str) -> str:
    return _html.escape(value, quote=False)


def _img_tag(img: Img, width: int = 600) -> str:
    return (
        f'<img alt="" src="{esc(img.src)}" style="width: {width}px; height: {width * 2 // 3}px;" />'
    )


def _render_img(img: Img, form: str) -> str:
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="tn-anh" '
            'style="width:600px;"><tbody>'
            f"<tr><td>{_img_tag(img)}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{_t(img.printed or "")}'
            "</em></span></td></tr></tbody></table>"
        )
    if form == "word":
        out = (
            '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:'
            f'14.0pt">{_img_tag(img)}<o:p></o:p></span></p>'
        )
        if img.printed:
            out += (
                '<p class="MsoNormal" align="center" style="text-align:center"><i><span '
                f'style="font-size:12.0pt">{_t(img.printed)}<o:p></o:p></span></i></p>'
            )
        return out
    out = f'<p style="text-align: center;">{_img_tag(img)}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{_t(img.printed)}</em></p>'
    return out


def _p_inline(p: P) -> str:
    if p.style in ("b", "h"):
        return f"<strong>{_t(p.text)}</strong>"
    if p.style == "emoji":
        return (
            '<img alt="👉" src="/o/tayninh-edu-theme/images/emoji/1f449.png" '
            f'style="width:16px; height:16px;" /> {_t(p.text)}'
        )
    return _t(p.text)


def _render_content(story: Story) -> str:
    """The web content's "Nội dung" field as CKEditor (or Word, or a hurried typist) left it."""
    form = story.opts.get("form", "ck")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            if form == "word":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_render_img(b, form))
            i += 1
            continue
        # runs of the same kind of paragraph
        if b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{_t(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width:100%; '
                'border-collapse:collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if form == "div":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P):
                lines.append(_p_inline(blocks[i]))
                i += 1
            out.append('<div style="text-align: justify;">' + "<br />\n".join(lines) + "<br />\n</div>")
            continue
        if form == "br" and b.text.startswith("- "):
            lines = []
            while (
                i < len(blocks) and isinstance(blocks[i], P) and blocks[i].text.startswith("- ")
            ):
                lines.append(_p_inline(blocks[i]))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(lines) + "</p>")
            continue
        if form == "word":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:'
                '36.0pt;line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;'
                f'font-family:&quot;Times New Roman&quot;,serif">{_p_inline(b)}<o:p></o:p></span></p>'
            )
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p style="text-align: justify;">{_p_inline(b)}</p>')
        i += 1
    return "\n".join(out)


def _template(story: Story) -> str:
    """The journal template "TN - Tin bài" (FreeMarker) around the content field."""
    o = story.opts
    parts = ['<div class="journal-content-article">', '<div class="tnbv">']
    line = '<div class="tnbv-tg">'
    if o.get("updated"):
        line += f'<span class="tnbv-cn"><i class="icon-refresh"></i> Cập nhật lúc: {o["updated"]}</span> '
    line += (
        f'<span class="tnbv-nd"><i class="icon-time"></i> Ngày đăng: {_posted_line(o["posted"])}</span>'
    )
    if o.get("expires"):
        line += f' <span class="tnbv-hh">| Hết hạn: {o["expires"]}</span>'
    parts.append(line + "</div>")
    if story.summary and story.sapo_outside:
        parts.append(f'<div class="tnbv-tt"><strong>{_t(story.summary)}</strong></div>')
    parts.append(f'<div class="tnbv-nd-chinh">\n{_render_content(story)}\n</div>')
    if o.get("tacgia"):
        parts.append(
            f'<div class="tnbv-tacgia" style="text-align: right;"><b>Tác giả:</b> {_t(o["tacgia"])}</div>'
        )
    if o.get("attach"):
        fname, uuid = o["attach"]
        parts.append(
            '<div class="tnbv-dk"><b>Tệp đính kèm:</b> <a href="/documents/20143/41300/'
            f'{fname}/{uuid}" target="_blank"><i class="icon-paper-clip"></i> {fname}</a></div>'
        )
    parts.append("</div></div>")
    return "\n".join(parts)


# --- the theme ---------------------------------------------------------------------------------

THEME = "/o/tayninh-edu-theme"
MENU = [
    ("1", "trang-chu", "Trang chủ", []),
    ("2", "gioi-thieu", "Giới thiệu", [("7", "gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("3", "tin-tuc", "Tin tức", []),
    ("4", "thong-bao", "Thông báo", []),
    ("5", "thu-vien-anh", "Thư viện ảnh", []),
    ("8", "https://vbdh.tayninh.gov.vn/", "Văn bản điều hành", []),
    ("6", "lien-he", "Liên hệ", []),
]


@dataclass(frozen=True)
class SiteInfo:
    slug: str
    place: str

    @property
    def root(self) -> str:
        return f"/web/{self.slug}"

    @property
    def office(self) -> str:
        return f"Phòng Giáo dục và Đào tạo {self.place}"


OWN = SiteInfo("pgd-tanchau", "huyện Tân Châu")


def _portlet(pid: str, title: str | None, body: str, kind: str = "asset-publisher") -> str:
    base = pid.split("_INSTANCE_")[0]
    topper = (
        f'<header class="portlet-topper"><h2 class="portlet-title-text">{esc(title)}</h2></header>'
        if title
        else ""
    )
    return (
        f'<div class="portlet-boundary portlet-boundary_{base}_ portlet-static portlet-static-end '
        f'portlet-decorate portlet-{kind}" id="p_p_id_{pid}_">\n'
        f'<span id="p_{pid}"></span>\n'
        f'<section class="portlet" id="portlet_{pid}">{topper}\n'
        '<div class="portlet-content"><div class=" portlet-content-container">'
        f'<div class="portlet-body">\n{body}\n</div></div></div></section></div>'
    )


def _head(req: Request, title: str, canonical: str, layout_id: str, current: str) -> str:
    base = base_url(req)
    js_url = current.replace("/", "\\x2f")
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
<link href="{base}{canonical}" rel="canonical" />
<link href="{base}{canonical}" hreflang="x-default" rel="alternate" />
<link href="{base}{canonical}" hreflang="vi-VN" rel="alternate" />
<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=tayninheduthemewar_WAR_tayninheedutheme&amp;languageId=vi_VN&amp;b=7010&amp;t=1733040000000" rel="stylesheet" type="text/css" />
<script src="/o/frontend-js-web/everything.jsp?browserId=other&amp;themeId=tayninheduthemewar_WAR_tayninheedutheme&amp;languageId=vi_VN&amp;b=7010&amp;t=1733040000000" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{
  getLayoutId: function() {{ return "{layout_id}"; }},
  getPlid: function() {{ return "{20457 + int(layout_id)}"; }},
  getScopeGroupId: function() {{ return "35012"; }},
  getLanguageId: function() {{ return "vi_VN"; }},
  getPathThemeImages: function() {{ return "{base}{THEME}/images"; }},
  isSignedIn: function() {{ return false; }}
}};
Liferay.currentURL = '{js_url}';
Liferay.currentURLEncoded = '{quote(current, safe="")}';
// ]]>
</script>
</head>
"""


def _province_strip(site: SiteInfo) -> str:
    links = "".join(
        f'<li><a href="/web/{slug}" title="Phòng GD&amp;ĐT {esc(place)}">{esc(short)}</a></li>'
        for slug, place, short, *_ in DISTRICTS
        if slug != site.slug
    )
    return f"""<div class="tn-dai-tinh">
<div class="container"><div class="row">
<div class="col-md-3 tn-ngay"><i class="icon-calendar"></i> {HEADER_TODAY}</div>
<div class="col-md-9"><ul class="tn-donvi-ngang">
<li class="tn-so"><a href="https://sogddt.tayninh.gov.vn/" target="_blank">Sở GD&amp;ĐT Tây Ninh</a></li>
{links}
<li class="tn-dn"><a href="/c/portal/login?p_l_id=20458" rel="nofollow">Đăng nhập</a></li>
</ul></div>
</div></div></div>"""


def _nav(site: SiteInfo, selected: str) -> str:
    items = []
    for lid, target, label, children in MENU:
        href = target if target.startswith("http") else f"{site.root}/{target}"
        cls = "selected active" if target == selected else ""
        if children:
            cls += " dropdown"
        sub = ""
        if children:
            sub = '<ul class="child-menu dropdown-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" id="layout_{cid}" role="presentation"><a '
                f'aria-labelledby="layout_{cid}" href="{site.root}/{ct}" role="menuitem">{esc(cl)}</a></li>'
                for cid, ct, cl in children
            ) + "</ul>"
        items.append(
            f'<li class="{cls.strip()} lfr-nav-item" id="layout_{lid}" role="presentation">'
            f'<a aria-labelledby="layout_{lid}" {"aria-haspopup=" + chr(39) + "true" + chr(39) + " " if children else ""}'
            f'href="{href}" role="menuitem"><span>{esc(label)}</span></a>{sub}</li>'
        )
    return (
        '<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">\n'
        '<ul aria-label="Các trang của trang web" class="nav navbar-nav" role="menubar">\n'
        + "\n".join(items)
        + "\n</ul></nav>"
    )


def _banner(site: SiteInfo) -> str:
    return f"""<header id="banner" role="banner">
<div class="tn-banner container">
<a class="logo custom-logo" href="{site.root}" title="Đi đến {esc(site.office)}">
<img alt="{esc(site.office)}" height="96" src="/image/layout_set_logo?img_id=35016&amp;t=1733040000000" width="96" /></a>
<div class="tn-ten-dv"><p class="tn-cap-tren">UBND {esc(site.place.upper())}</p>
<h1 class="site-title"><span title="{esc(site.office)}">{esc(site.office.upper())}</span></h1>
<p class="tn-khau-hieu">Dạy tốt - Học tốt</p></div>
<form action="{site.root}/tim-kiem" class="tn-tim" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" /></form>
</div>
</header>"""


def _breadcrumb(site: SiteInfo, crumbs: list[tuple[str, str | None]]) -> str:
    lis = [f'<li class="first breadcrumb-truncate"><a href="{site.root}" >Trang chủ</a></li>']
    for i, (label, href) in enumerate(crumbs):
        last = i == len(crumbs) - 1
        if href and not last:
            lis.append(f'<li><a href="{href}" >{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="active last breadcrumb-truncate">{esc(label)}</li>')
    body = (
        '<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
        + "".join(lis)
        + "</ul>"
    )
    return _portlet(
        "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet",
        None,
        body,
        kind="breadcrumb",
    )


def _sidebar(site: SiteInfo, selected: str = "") -> str:
    parts = []
    if site == OWN and selected == "thong-bao":
        lis = "".join(
            f'<li><i class="icon-file-alt"></i> <a href="{_doc_view(d)}">{esc(d.title)}</a></li>'
            for d in DOCS
        )
        parts.append(
            _portlet(_pid("vBm4Xn6Qh1Ks"), "Văn bản mới", f'<ul class="tn-vanban-moi">{lis}</ul>')
        )
    if site == OWN:
        lis = "".join(
            f'<li class="tn-dn-item"><span class="tn-so-tt">{n}</span><a href="{_clean(BY_ID[i])}">'
            f"{esc(BY_ID[i].title)}</a></li>"
            for n, i in enumerate([2, 4, 1, 10, 3], start=1)
        )
        parts.append(
            _portlet(_pid(SIDE_INST), "Tin đọc nhiều", f'<ol class="tn-docnhieu">{lis}</ol>')
        )
    opts = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for u, t in [
            ("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
            ("https://sogddt.tayninh.gov.vn/", "Sở GD&ĐT Tây Ninh"),
            ("https://tayninh.gov.vn/", "Cổng TTĐT tỉnh Tây Ninh"),
            ("https://tanchau.tayninh.gov.vn/", "Cổng TTĐT huyện Tân Châu"),
        ]
    )
    parts.append(
        _portlet(
            "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lkWeb01",
            "Liên kết website",
            '<select class="form-control" onchange="if(this.value) window.open(this.value);">'
            f'<option value="">-- Chọn liên kết --</option>{opts}</select>',
            kind="journal-content",
        )
    )
    parts.append(
        _portlet(
            "tnvisitorcounter_WAR_tnvisitorcounterportlet",
            "Thống kê truy cập",
            '<table class="tn-tk"><tr><td>Đang online:</td><td>17</td></tr>'
            "<tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tháng này:</td><td>2.587</td></tr>"
            "<tr><td>Tổng truy cập:</td><td>1.284.533</td></tr></table>",
            kind="tnvisitorcounter",
        )
    )
    pid = "com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_qV7pL2"
    parts.append(
        _portlet(
            pid,
            "Thăm dò ý kiến",
            f'<form action="javascript:;" method="post" name="_{pid}_fm">'
            "<p>Bạn đánh giá thế nào về giao diện mới của trang thông tin?</p>"
            f'<label><input name="_{pid}_choiceId" type="radio" value="1" /> Đẹp, dễ sử dụng</label><br />'
            f'<label><input name="_{pid}_choiceId" type="radio" value="2" /> Bình thường</label><br />'
            f'<label><input name="_{pid}_choiceId" type="radio" value="3" /> Cần cải tiến</label><br />'
            '<button class="btn btn-default" type="submit">Bình chọn</button></form>',
            kind="polls-display",
        )
    )
    return "\n".join(parts)


def _footer(site: SiteInfo) -> str:
    sites = " | ".join(
        f'<a href="/web/{slug}">Phòng GD&amp;ĐT {esc(short)}</a>' for slug, _p, short, *_ in DISTRICTS
    )
    return f"""<footer id="footer" role="contentinfo">
<div class="tn-ft-donvi container"><b>Các đơn vị trực thuộc ngành:</b> <a href="/web/pgd-tanchau">Phòng GD&amp;ĐT Tân Châu</a> | {sites}</div>
<div class="tn-ft container">
<p><strong>{esc(site.office.upper())}</strong></p>
<p>Địa chỉ: Khu phố 2, thị trấn Tân Châu, huyện Tân Châu, tỉnh Tây Ninh</p>
<p>Điện thoại: 0276.3875.216 - Fax: 0276.3875.120 - Email: pgdtanchau@tayninh.edu.vn</p>
<p>Chịu trách nhiệm: Bà Lê Thị Kim Phượng - Trưởng phòng</p>
<p class="powered-by">© 2026 Sở Giáo dục và Đào tạo tỉnh Tây Ninh. Phát triển trên nền tảng <a href="https://www.liferay.com" rel="external">Liferay</a>.</p>
</div>
</footer>"""


def _page(
    req: Request,
    *,
    site: SiteInfo,
    title: str,
    selected: str,
    crumbs: list[tuple[str, str | None]],
    main: str,
    canonical: str,
    layout_id: str,
    current: str,
) -> str:
    return (
        _head(req, title, canonical, layout_id, current)
        + f"""<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site tn-layout-{layout_id}">
<a href="#main-content" id="skip-to-content">Nhảy đến nội dung</a>
<div class="container-fluid" id="wrapper">
{_province_strip(site)}
{_banner(site)}
{_nav(site, selected)}
<section id="content">
<div class="columns-2-r" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-2">
{_breadcrumb(site, crumbs)}
{main}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-3">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-3">
{_sidebar(site, selected)}
</div></div>
</div></div>
</section>
{_footer(site)}
</div>
<script type="text/javascript">
// <![CDATA[
AUI().use('liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{(function() {{
Liferay.Util.addInputType(); Liferay.Portlet.ready(function(portletId, node) {{ Liferay.Util.addInputType(node); }});
}})();}});
// ]]>
</script>
</body>
</html>"""
    )


# --- Asset Publisher views -------------------------------------------------------------------


def _abstract(story: Story, n: int = 190) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= n else first[:n].rsplit(" ", 1)[0] + "..."


def _card(item: Story | DocEntry, href: str) -> str:
    if isinstance(item, DocEntry):
        thumb = f"{_doc_file(item)}?version=1.0&amp;documentThumbnail=1"
        return (
            '<div class="tn-ds-muc tn-ds-tailieu clearfix">'
            f'<div class="tn-ds-anh"><a href="{esc(href)}"><img alt="" src="{thumb}" /></a></div>'
            '<div class="tn-ds-nd">'
            f'<h3 class="tn-ds-td"><span class="tn-ds-loai">[PDF]</span> <a href="{esc(href)}">{esc(item.title)}</a></h3>'
            f'<div class="tn-ds-ngay"><i class="icon-calendar"></i> {_day(item.posted)}</div>'
            f'<div class="tn-ds-tt">{esc(item.description)}</div>'
            f'<a class="tn-ds-xt" href="{esc(href)}">Xem tiếp »</a></div></div>'
        )
    exp = (
        f' <span class="tn-ds-hh">- Hết hạn: {item.opts["expires"]}</span>'
        if item.opts.get("expires")
        else ""
    )
    return (
        '<div class="tn-ds-muc clearfix">'
        f'<div class="tn-ds-anh"><a href="{esc(href)}"><img alt="{esc(item.title)}" src="{esc(_thumb(item.opts["pk"]))}" /></a></div>'
        '<div class="tn-ds-nd">'
        f'<h3 class="tn-ds-td"><a href="{esc(href)}">{esc(item.title)}</a></h3>'
        f'<div class="tn-ds-ngay"><i class="icon-calendar"></i> {_day(item.opts["posted"])}{exp}</div>'
        f'<div class="tn-ds-tt">{esc(_abstract(item))}</div>'
        f'<a class="tn-ds-xt" href="{esc(href)}">Xem tiếp »</a></div></div>'
    )


def _item_href(item: Story | DocEntry, layout: str, inst: str, current: str) -> str:
    if isinstance(item, DocEntry):
        url = f"{SITE}/{layout}/-/asset_publisher/{inst}/document/id/{item.pk}"
    else:
        url = f"{SITE}/{layout}/-/asset_publisher/{inst}/content/{item.slug}"
    return _with_redirect(url, current)


def _iterator(layout: str, cur: int, pages: int, total: int) -> str:
    pid = _pid(INST[layout])
    ns = f"_{pid}_"

    def url(n: int, frag: bool = False) -> str:
        return esc(_listing_url(layout, n)) + (f"#p_{pid}" if frag else "")

    menu = "".join(
        f'<li class="{"active" if n == cur else ""}" role="presentation"><a class="taglib-icon" '
        f'href="{url(n)}" id="{ns}pageIterator_{n}" role="menuitem"><span class="taglib-text-icon">'
        f"{n}</span></a></li>"
        for n in range(1, pages + 1)
    )
    first = (cur - 1) * DELTA + 1
    last = min(cur * DELTA, total)

    def button(label: str, n: int, enabled: bool, cls: str) -> str:
        if not enabled:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{url(n, True)}">{label}</a></li>'

    buttons = (
        button("&larr; Đầu tiên", 1, cur > 1, "first")
        + button("Trước", cur - 1, cur > 1, "")
        + button("Tiếp theo", cur + 1, cur < pages, "")
        + button("Cuối cùng &rarr;", pages, cur < pages, "last")
    )
    return f"""<div class="taglib-page-iterator" id="{ns}ocerSearchContainerPageIterator">
<div class="clearfix lfr-pagination">
<div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">
<div class="btn-group lfr-icon-menu current-page-menu">
<a aria-expanded="false" class="dropdown-toggle direction-down max-display-items-15 btn btn-default" href="javascript:;" id="{ns}kldx_menu" title="Trang {cur} / {pages}"><span class="lfr-icon-menu-text">Trang {cur} / {pages}</span> <i class="caret"></i></a>
<ul class="dropdown-menu lfr-menu-list direction-down" role="menu" style="display:none">{menu}</ul>
</div></div></div>
<small class="search-results">Hiển thị các mục {first} - {last} của {total}.</small>
<ul class="lfr-pagination-buttons pager">{buttons}</ul>
</div></div>"""


def _listing_main(layout: str, cur: int, current: str) -> tuple[str, int]:
    items = _items(layout)
    pages = max(1, -(-len(items) // DELTA))
    cur = min(max(cur, 1), pages)
    chunk = items[(cur - 1) * DELTA : cur * DELTA]
    inst = INST[layout]
    cards = "\n".join(_card(it, _item_href(it, layout, inst, current)) for _t, it in chunk)
    body = f'<div class="tn-ds-tin">\n{cards}\n</div>\n{_iterator(layout, cur, pages, len(items))}'
    return _portlet(_pid(inst), CATEGORY[layout], body), cur


def _related(story: Story) -> str:
    rel = story.opts.get("related") or []
    if not rel:
        return ""
    lis = "".join(
        '<li class="asset-links-list-item"><a class="asset-link" '
        f'href="{_id_url(BY_ID[i])}"><i class="icon-file-text"></i> <span class="asset-link-title">'
        f"{esc(BY_ID[i].title)}</span></a></li>"
        for i in rel
    )
    return (
        '<div class="asset-links"><h2 class="asset-links-title"><span>Tin liên quan</span></h2>'
        f'<ul class="asset-links-list">{lis}</ul></div>'
    )


def _full_content(story: Story, view_base: str, pid: str, back: str, req: Request) -> str:
    ns = f"_{pid}_"
    print_url = f"{view_base}?p_p_state=pop_up&{ns}viewMode=print&{ns}languageId=vi_VN"
    share = quote(base_url(req) + _clean(story), safe="")
    poster = story.opts.get("poster", "admin.pgdtanchau")
    return f"""<div class="asset-full-content clearfix default-asset-publisher show-asset-title" id="{ns}{story.opts['pk'] + 2}">
<div class="h2">
<span class="header-back-to"><a class="icon-monospaced" href="{esc(back)}" title="Quay lại"><span class="icon-angle-left"></span></a></span>
<span class="asset-title-content"><span class="asset-title">{esc(story.title)}</span></span>
</div>
<div class="asset-user-actions">
<div class="print-action"><a class="taglib-icon" href="javascript:;" onclick="window.open('{esc(print_url)}', '', 'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640');" title="In {esc(story.title)}"><i class="icon-print"></i> <span class="taglib-text hide-accessible">In</span></a></div>
<div class="tn-cochu">Cỡ chữ: <a href="javascript:;" onclick="tnFont(-1)">A-</a> <a href="javascript:;" onclick="tnFont(0)">A</a> <a href="javascript:;" onclick="tnFont(1)">A+</a></div>
</div>
<div class="taglib-social-bookmarks"><ul class="list-inline">
<li><a class="social-bookmark" href="https://www.facebook.com/sharer/sharer.php?u={share}" rel="nofollow" target="_blank">Facebook</a></li>
<li><a class="social-bookmark" href="https://twitter.com/intent/tweet?url={share}" rel="nofollow" target="_blank">Twitter</a></li>
<li><a class="social-bookmark" href="https://plus.google.com/share?url={share}" rel="nofollow" target="_blank">Google+</a></li>
</ul></div>
<div class="asset-content" id="{ns}{story.opts['pk']}">
{_template(story)}
{_related(story)}
</div>
<div class="asset-ratings"><div class="taglib-ratings stars" id="{ns}{story.opts['pk']}ratingStars">
<div class="liferay-rating-vote"><div class="rating-label">Đánh giá:</div>
<div class="rating-content">☆☆☆☆☆ <span class="rating-label">(0 Phiếu)</span></div></div></div></div>
<div class="asset-metadata">
<span class="metadata-entry metadata-view-count">Lượt xem: {story.views()}</span>
<span class="metadata-entry metadata-categories">Chuyên mục: {CATEGORY[story.cat]}</span>
<span class="metadata-entry metadata-author">Người đăng: {poster}</span>
</div>
<div class="asset-discussion"><div class="taglib-discussion" id="{ns}discussionContainer">
<h3 class="taglib-discussion-title">0 Bình luận</h3>
<p class="lfr-discussion-empty">Chưa có bình luận nào. Hãy là người đầu tiên bình luận. <a href="/c/portal/login?p_l_id=20458" rel="nofollow">Đăng nhập</a> để bình luận.</p>
</div></div>
</div>"""


def _doc_full(doc: DocEntry, pid: str, back: str) -> str:
    ns = f"_{pid}_"
    f = _doc_file(doc)
    return f"""<div class="asset-full-content clearfix default-asset-publisher show-asset-title" id="{ns}{doc.pk}">
<div class="h2">
<span class="header-back-to"><a class="icon-monospaced" href="{esc(back)}" title="Quay lại"><span class="icon-angle-left"></span></a></span>
<span class="asset-title-content"><span class="asset-title">{esc(doc.title)}</span></span>
</div>
<div class="asset-content">
<div class="lfr-asset-metadata"><span class="lfr-asset-icon">Ngày đăng: {_day(doc.posted)} {doc.posted[3]:02d}:{doc.posted[4]:02d}</span></div>
<p class="asset-description">{esc(doc.description)}</p>
<div class="file-entry-preview"><img alt="Xem trước" class="preview-thumbnail" src="{f}?version=1.0&amp;documentThumbnail=1" /></div>
<div class="asset-resource-info"><a class="btn btn-primary" href="{f}?version=1.0&amp;download=true"><i class="icon-download"></i> Tải về ({doc.size})</a></div>
</div>
<div class="asset-metadata"><span class="metadata-entry metadata-categories">Chuyên mục: Thông báo</span> <span class="metadata-entry metadata-author">Người đăng: admin.pgdtanchau</span></div>
</div>"""


def _home_box(layout: str, current: str, full: str | None = None) -> str:
    """The home layout's Asset Publishers: "Tin mới" (cards) and "Thông báo" (a compact list)."""
    inst = HOME_INST[layout]
    if full is not None:
        return _portlet(_pid(inst), HOME_TITLE[layout], full)
    items = _items(layout)[: 4 if layout == "tin-tuc" else 3]
    if layout == "tin-tuc":
        body = (
            '<div class="tn-ds-tin tn-tinmoi">\n'
            + "\n".join(_card(it, _item_href(it, "trang-chu", inst, current)) for _t, it in items)
            + f'\n</div><p class="tn-xemtatca"><a href="{SITE}/tin-tuc">Xem tất cả »</a></p>'
        )
    else:
        lis = "".join(
            f'<li><a href="{esc(_item_href(it, "trang-chu", inst, current))}">'
            f"{esc(it.title)}</a> <span class=\"tn-ngay-nho\">({_day(t)[:5]})</span></li>"
            for t, it in items
        )
        body = (
            f'<ul class="tn-ds-thongbao">{lis}</ul><p class="tn-xemtatca"><a href="{SITE}/thong-bao">'
            "Xem tất cả »</a></p>"
        )
    return _portlet(_pid(inst), HOME_TITLE[layout], body)


def _slider() -> str:
    slides = "".join(
        f'<div class="item{" active" if n == 1 else ""}"><img alt="" src="/documents/20143/35120/'
        f'banner-{n}.jpg/0000000{n}-aaaa-4bbb-8ccc-dddddddddddd?t=1733040000000" /></div>'
        for n in (1, 2, 3)
    )
    return _portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_bnTrang1",
        None,
        f'<div class="carousel slide tn-slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>',
        kind="journal-content",
    )


# --- journal content pages (not articles) ------------------------------------------------------

STATIC_PAGES = {
    "gioi-thieu": (
        "2",
        "Giới thiệu",
        [("Giới thiệu", None)],
        """<div class="journal-content-article"><h3 class="tn-tieude-trang">Chức năng, nhiệm vụ</h3>
<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Tân Châu là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện; chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo tỉnh Tây Ninh.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, ngành Giáo dục huyện có 58 trường mầm non, tiểu học và THCS với hơn 31.000 học sinh, 2.150 cán bộ, giáo viên, nhân viên.</p>
<p style="text-align: justify;">Phòng tham mưu UBND huyện ban hành kế hoạch phát triển giáo dục, quy hoạch mạng lưới trường lớp; hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục; tổ chức các kỳ thi, hội thi cấp huyện theo phân cấp.</p></div>""",
    ),
    "gioi-thieu/co-cau-to-chuc": (
        "7",
        "Cơ cấu tổ chức",
        [("Giới thiệu", f"{SITE}/gioi-thieu"), ("Cơ cấu tổ chức", None)],
        """<div class="journal-content-article"><h3 class="tn-tieude-trang">Lãnh đạo phòng</h3>
<table border="1" cellpadding="4" cellspacing="0" style="width:100%;"><tbody>
<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Lê Thị Kim Phượng</td><td>Trưởng phòng</td><td>0276.3875.216</td></tr>
<tr><td>Trương Thị Bích Vân</td><td>Phó Trưởng phòng</td><td>0276.3875.217</td></tr>
<tr><td>Phạm Văn Lực</td><td>Phó Trưởng phòng</td><td>0276.3875.218</td></tr>
</tbody></table>
<p>Các bộ phận: Văn phòng, Tổ Mầm non, Tổ Tiểu học, Tổ THCS, Tổ Kế hoạch - Tài chính.</p></div>""",
    ),
    "lien-he": (
        "6",
        "Liên hệ",
        [("Liên hệ", None)],
        """<div class="journal-content-article"><h3 class="tn-tieude-trang">Thông tin liên hệ</h3>
<p><strong>Phòng Giáo dục và Đào tạo huyện Tân Châu</strong></p>
<p>Địa chỉ: Khu phố 2, thị trấn Tân Châu, huyện Tân Châu, tỉnh Tây Ninh</p>
<p>Điện thoại: 0276.3875.216 - Email: pgdtanchau@tayninh.edu.vn</p>
<p>Giờ làm việc: Sáng 7g00 - 11g00, chiều 13g30 - 17g00 từ thứ Hai đến thứ Sáu.</p></div>
<form action="javascript:;" class="tn-lienhe" method="post"><input name="hoTen" placeholder="Họ và tên" type="text" />
<input name="email" placeholder="Email" type="text" /><textarea name="noiDung"></textarea>
<button class="btn btn-primary" type="submit">Gửi</button></form>""",
    ),
    "thu-vien-anh": (
        "5",
        "Thư viện ảnh",
        [("Thư viện ảnh", None)],
        '<div class="tn-album"><h3 class="tn-tieude-trang">Hoạt động ngành năm học 2026 - 2027</h3>'
        + "".join(
            f'<a class="tn-album-anh" href="/documents/20143/41500/Album_{n:02d}.jpg/'
            f'{n:08d}-1111-4222-8333-444455556666?t=1733040000000" title="Ảnh {n}">'
            f'<img alt="Ảnh {n}" src="/documents/20143/41500/Album_{n:02d}.jpg/{n:08d}-1111-4222-'
            '8333-444455556666?t=1733040000000&amp;imageThumbnail=1" /></a>'
            for n in range(1, 9)
        )
        + "</div>",
    ),
}


def _print_page(story: Story) -> str:
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(story.title)} - {OFFICE}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{THEME}/css/main.css" rel="stylesheet" type="text/css" /></head>
<body class="portal-popup">
<div class="asset-full-content print-mode">
<div class="h2"><span class="asset-title">{esc(story.title)}</span></div>
<div class="asset-content">{_template(story)}</div>
</div>
<script type="text/javascript">window.print();</script>
</body></html>"""


def _login_page(req: Request) -> str:
    pid = "com_liferay_login_web_portlet_LoginPortlet"
    main = _portlet(
        pid,
        "Đăng nhập",
        f'<form action="javascript:;" method="post" name="_{pid}_fm">'
        f'<label>Địa chỉ Email <input name="_{pid}_login" type="text" /></label>'
        f'<label>Mật khẩu <input name="_{pid}_password" type="password" /></label>'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>',
        kind="login",
    )
    return _page(
        req, site=OWN, title=f"Đăng nhập - {OFFICE}", selected="", crumbs=[("Đăng nhập", None)],
        main=main, canonical=f"{SITE}/trang-chu", layout_id="1", current="/c/portal/login?p_l_id=20458",
    )


def _search_page(req: Request, current: str) -> str:
    q = req.params.get("q", "").strip()
    msg = (
        f"Không tìm thấy kết quả nào cho <strong>{esc(q)}</strong>."
        if q
        else "Vui lòng nhập từ khóa tìm kiếm."
    )
    main = _portlet(
        "com_liferay_portal_search_web_portlet_SearchPortlet", "Tìm kiếm", f"<p>{msg}</p>",
        kind="search",
    )
    return _page(
        req, site=OWN, title=f"Tìm kiếm - {OFFICE}", selected="", crumbs=[("Tìm kiếm", None)],
        main=main, canonical=f"{SITE}/tim-kiem", layout_id="9", current=current,
    )


# --- other districts' sites (out of the crawl's site) ---------------------------------------


def _district_article_path(slug: str) -> str:
    title = DISTRICT_BY_SLUG[slug][3]
    return f"/web/{slug}/tin-tuc/-/asset_publisher/Qd{slug[4:8].title()}7vR2x/content/{_ascii_slug(title)}"


def _district_page(req: Request, slug: str, article: bool, current: str) -> str:
    _slug, place, _short, title, para = DISTRICT_BY_SLUG[slug]
    site = SiteInfo(slug, place)
    path = _district_article_path(slug)
    inst = path.split("/asset_publisher/")[1].split("/")[0]
    if article:
        body = (
            '<div class="asset-full-content clearfix default-asset-publisher show-asset-title">'
            f'<div class="h2"><span class="asset-title">{esc(title)}</span></div>'
            '<div class="asset-content"><div class="journal-content-article"><div class="tnbv">'
            '<div class="tnbv-tg"><span class="tnbv-nd">Ngày đăng: Thứ Hai, 30/11/2026 - 10:00 '
            f'(GMT+7)</span></div><div class="tnbv-nd-chinh"><p style="text-align: justify;">{esc(para)}</p>'
            '<p style="text-align: justify;">Hoạt động nằm trong kế hoạch thực hiện nhiệm vụ năm '
            f"học 2026 - 2027 của ngành Giáo dục {esc(place)}.</p></div></div></div></div></div>"
        )
        main = _portlet(_pid(inst), "Tin tức", body)
        crumbs = [("Tin tức", f"/web/{slug}/tin-tuc"), (title, None)]
        page_title = f"{title} - Tin tức - {site.office}"
        canonical = f"/web/{slug}/tin-tuc"
    else:
        body = (
            '<div class="tn-ds-tin"><div class="tn-ds-muc clearfix"><div class="tn-ds-nd">'
            f'<h3 class="tn-ds-td"><a href="{path}">{esc(title)}</a></h3>'
            f'<div class="tn-ds-ngay">30/11/2026</div><div class="tn-ds-tt">{esc(para)}</div>'
            "</div></div></div>"
        )
        main = _portlet(_pid(inst), "Tin mới", body)
        crumbs = []
        page_title = f"Trang chủ - {site.office}"
        canonical = f"/web/{slug}/trang-chu"
    return _page(
        req, site=site, title=page_title, selected="trang-chu" if not article else "tin-tuc",
        crumbs=crumbs, main=main, canonical=canonical, layout_id="1", current=current,
    )


# --- the site ----------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(
    r"^/web/pgd-tanchau/(tin-tuc|thong-bao|trang-chu)/-/asset_publisher/([A-Za-z0-9]+)/"
    r"(content|document)/(?:id/(\d+)|([a-z0-9-]+))$"
)
_JSESSION_RE = re.compile(r";jsessionid=[^/?#]*", re.IGNORECASE)
_LINK_ATTR_RE = re.compile(r'((?:href|action)=")(/web/[^"?#;]*)')
_WINDOW_OPEN_RE = re.compile(r"(window\.open\(')(/web/[^'?#;]*)")
_OTHER_RE = re.compile(r"^/web/(pgd-[a-z]+)(/trang-chu|/tin-tuc/-/asset_publisher/[A-Za-z0-9]+/content/[a-z0-9-]+)?$")


def _has_session(req: Request) -> bool:
    cookie = req.headers.get("Cookie") or req.headers.get("cookie") or ""
    return "JSESSIONID=" in cookie


def _rewrite_session(page: str) -> str:
    """Tomcat's encodeURL for a client whose cookie support is not known yet."""
    tag = f";jsessionid={JSESSIONID}"
    page = _LINK_ATTR_RE.sub(lambda m: m.group(1) + m.group(2) + tag, page)
    return _WINDOW_OPEN_RE.sub(lambda m: m.group(1) + m.group(2) + tag, page)


def _file(path: str) -> Response | None:
    lower = path.lower()
    if lower.startswith("/documents/"):
        if ".pdf/" in lower:
            if "documentthumbnail" in lower:
                return static_file("x.jpg")
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if ".jpg/" in lower:
            return static_file("x.jpg")
        return None
    if lower.startswith("/image/"):
        return static_file("x.png" if "logo" in lower else "x.jpg")
    if lower.startswith("/o/"):
        if lower.endswith(".jsp"):
            return Response(200, b"/* everything */", {"Content-Type": "application/javascript"})
        return static_file(lower)
    return None


class LiferaySite:
    """Routes requests the way the portal's friendly URL mappers do."""

    def respond(self, request: Request) -> Response | None:
        response, _kind = self.route(request)
        return response

    def route(self, req: Request) -> tuple[Response | None, tuple[str, int] | None]:
        """The answer and what it shows: ("article", id), ("doc", pk) or None."""
        path = _JSESSION_RE.sub("", req.path)
        lower = path.lower()
        if lower.startswith(("/documents/", "/image/", "/o/")):
            return _file(path + ("?" + req.query if req.query else "")), None
        current = path + (f"?{req.query}" if req.query else "")
        page, kind = self._page(req, path, current)
        if page is None:
            return None, None
        if isinstance(page, Response):
            return page, kind
        headers = {"Liferay-Portal": "Liferay Digital Experience Platform 7.0.10 GA1 (Wilberforce / Build 7010 / June 15, 2016)"}
        if not _has_session(req):
            page = _rewrite_session(page)
            headers["Set-Cookie"] = f"JSESSIONID={JSESSIONID}; Path=/; HttpOnly"
        return html(page, headers=headers), kind

    def _page(self, req: Request, path: str, current: str):
        if path == "/c/portal/login":
            return _login_page(req), None
        if path in (SITE, f"{SITE}/trang-chu"):
            return self._home(req, current), None
        if path in (f"{SITE}/tin-tuc", f"{SITE}/thong-bao"):
            return self._listing(req, path.rsplit("/", 1)[1], current), None
        if path == f"{SITE}/tim-kiem":
            return _search_page(req, current), None
        key = path[len(SITE) + 1 :] if path.startswith(SITE + "/") else None
        if key in STATIC_PAGES:
            lid, label, crumbs, body = STATIC_PAGES[key]
            pid = f"com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_gt{lid}Xc"
            main = _portlet(pid, label, body, kind="journal-content")
            return _page(
                req, site=OWN, title=f"{label} - {OFFICE}", selected=key, crumbs=crumbs,
                main=main, canonical=path, layout_id=lid, current=current,
            ), None
        m = _ARTICLE_RE.match(path)
        if m:
            return self._asset(req, m, path, current)
        m = _OTHER_RE.match(path)
        if m and m.group(1) in DISTRICT_BY_SLUG:
            slug, rest = m.group(1), m.group(2)
            if rest and rest != "/trang-chu":
                if path != _district_article_path(slug):
                    return None, None
                return _district_page(req, slug, True, current), None
            return _district_page(req, slug, False, current), None
        return None, None

    def _home(self, req: Request, current: str) -> str:
        main = _slider() + "\n" + _home_box("tin-tuc", current) + "\n" + _home_box("thong-bao", current)
        return _page(
            req, site=OWN, title=f"Trang chủ - {OFFICE}", selected="trang-chu", crumbs=[],
            main=main, canonical=f"{SITE}/trang-chu", layout_id="1", current=current,
        )

    def _listing(self, req: Request, layout: str, current: str) -> str:
        pid = _pid(INST[layout])
        params = req.params
        cur = 1
        if params.get("p_p_id") == pid:
            try:
                cur = int(params.get(f"_{pid}_cur", "1"))
            except ValueError:
                cur = 1
        main, cur = _listing_main(layout, cur, current)
        label = CATEGORY[layout]
        title = f"{label} - {OFFICE}" if cur == 1 else f"{label} - Trang {cur} - {OFFICE}"
        return _page(
            req, site=OWN, title=title, selected=layout, crumbs=[(label, None)], main=main,
            canonical=f"{SITE}/{layout}", layout_id="3" if layout == "tin-tuc" else "4",
            current=current,
        )

    def _asset(self, req: Request, m: re.Match, path: str, current: str):
        layout, inst, kind, pk, slug = m.groups()
        if layout == "trang-chu":
            cats = [c for c, i in HOME_INST.items() if i == inst]
        else:
            cats = [layout] if INST[layout] == inst else []
        if not cats:
            return None, None
        cat = cats[0]
        pid = _pid(inst)
        params = req.params
        back = params.get("redirect", "")
        if not back.startswith(SITE):
            back = SITE if layout == "trang-chu" else f"{SITE}/{layout}"
        if kind == "document":
            doc = DOC_BY_PK.get(int(pk)) if pk else None
            if doc is None or cat != "thong-bao":
                return None, None
            full = _doc_full(doc, pid, back)
            title = doc.title
            marker = ("doc", doc.pk)
        else:
            story = BY_PK.get(int(pk)) if pk else BY_SLUG.get(slug or "")
            if story is None or story.cat != cat:
                return None, None
            if params.get("p_p_state") == "pop_up" and params.get(f"_{pid}_viewMode") == "print":
                return html(_print_page(story)), ("article", story.id)
            view_base = f"{SITE}/{layout}/-/asset_publisher/{inst}/content/{story.slug}"
            full = _full_content(story, view_base, pid, back, req)
            title = story.title
            marker = ("article", story.id)
        if layout == "trang-chu":
            other = "thong-bao" if cat == "tin-tuc" else "tin-tuc"
            # the other box links with the layout's URL as redirect (bounded, unlike currentURL)
            boxes = {cat: _home_box(cat, current, full), other: _home_box(other, f"{SITE}/trang-chu")}
            main = _slider() + "\n" + boxes["tin-tuc"] + "\n" + boxes["thong-bao"]
            crumbs = [(title, None)]
            page_title = f"{title} - Trang chủ - {OFFICE}"
            canonical = f"{SITE}/trang-chu"
            lid = "1"
        else:
            main = _portlet(pid, CATEGORY[cat], full)
            crumbs = [(CATEGORY[cat], f"{SITE}/{cat}"), (title, None)]
            page_title = f"{title} - {CATEGORY[cat]} - {OFFICE}"
            canonical = f"{SITE}/{cat}"
            lid = "3" if cat == "tin-tuc" else "4"
        page = _page(
            req, site=OWN, title=page_title, selected=layout, crumbs=crumbs, main=main,
            canonical=canonical, layout_id=lid, current=current,
        )
        return page, marker


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold ----------------------------------------------------------------------------------------

_HREF_RE = re.compile(r"""(?:href|action)="([^"]+)"|window\.open\('([^']+)'""")


def _links(page: str) -> list[str]:
    out = []
    for m in _HREF_RE.finditer(page):
        raw = _html.unescape(m.group(1) or m.group(2))
        raw = raw.split("#", 1)[0]
        if raw.startswith("http://fixture.invalid"):
            raw = raw[len("http://fixture.invalid") :]
        if raw.startswith("/"):
            out.append(raw)
    return out


def _in_site(target: str) -> bool:
    path = _JSESSION_RE.sub("", urlsplit(target).path)
    return path == SITE or path.startswith(SITE + "/")


def walk(with_cookie: bool) -> dict[str, tuple[str, int] | None]:
    """Every in-site page reachable from START_PATH by links, with what it shows."""
    site = build_site()
    headers = {"Host": "fixture.invalid"}
    if with_cookie:
        headers["Cookie"] = f"JSESSIONID={JSESSIONID}; COOKIE_SUPPORT=true"
    seen: dict[str, tuple[str, int] | None] = {}
    queue = [START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        parts = urlsplit(target)
        response, kind = site.route(Request("GET", parts.path, parts.query, headers))
        seen[target] = kind
        if response is None or not response.headers.get("Content-Type", "").startswith("text/html"):
            continue
        body = response.body if isinstance(response.body, str) else response.body.decode()
        for link in _links(body):
            if _in_site(link) and link not in seen:
                queue.append(link)
    return seen


def _variants() -> dict[tuple[str, int], set[str]]:
    found: dict[tuple[str, int], set[str]] = {}
    for with_cookie in (True, False):
        for target, kind in walk(with_cookie).items():
            if kind:
                found.setdefault(kind, set()).add(target)
    return found


_VARIANTS = _variants()


def _gold(story: Story) -> dict:
    clean = _clean(story)
    alts = sorted(_VARIANTS.get(("article", story.id), set()) - {clean})
    return gold_record(story, clean, CATEGORY[story.cat], canonical_path=clean, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/gioi-thieu/co-cau-to-chuc",
    f"{SITE}/lien-he",
    f"{SITE}/thu-vien-anh",
    _doc_view(DOCS[0]),
    _doc_view(DOCS[1]),
]
