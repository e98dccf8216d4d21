"""Fixture portal: Sở GD&ĐT tỉnh Khánh Hòa, rebuilt by a vendor as a React single-page app.

Imitates the news portal a software vendor delivers to a provincial education department after a
"modernisation": a React app (Vite build, CSS modules, React Router, react-helmet-async) in front
of a NestJS JSON API, with an SEO middleware and a prerender service for search engines. What a
client *without JavaScript* sees:

- **Shells.** The home page ``/``, the category pages ``/tin-tuc`` and ``/thong-bao``, the photo
  library ``/thu-vien-anh``, ``/dang-nhap``, ``/tim-kiem`` and *every unknown path* (the server's
  ``index.html`` fallback, status 200) are the same ``index.html``: a static header the vendor
  kept outside React (header clock ``TODAY``, hotline, logo, search form, menu with real hrefs,
  "Đăng nhập"), an empty ``<div id="root">`` holding a "Đang tải…" spinner, a ``<noscript>``
  block and a static footer (address, hotline, visitor counter, RSS links). The document title
  is the same generic one on every shell. On ``/tin-tuc`` and ``/thong-bao`` the SEO middleware
  adds to the noscript block a plain list of the category's five newest articles (with dates);
  on ``/thu-vien-anh`` the list of albums. The home page's noscript says only "Vui lòng bật
  JavaScript…". An inline script declares ``window.__API__ = "/api/v1/news"`` and starts the
  listing fetch early: ``__API__ + "?category=" + <route> + "&page=" + <page> + "&size=5"``.
- **The JSON API.** ``/api/v1/news?category=tin-tuc&page=2&size=5`` answers
  ``{"items":[{"id","slug","title","sapo","thumbnail","publishedAt","category","url","views"}],
  "total","page","size"}`` (raw UTF-8, ``publishedAt`` in UTC with milliseconds and "Z", as
  ``Date.toJSON`` writes it; ``url`` relative). ``size`` defaults to 10 (max 50); the app asks for
  5, so "Tin tức - Sự kiện" (11 articles) has three pages and "Thông báo" (3) one. Any page
  number answers 200, past the end with ``"items": []``; an unknown category answers 200 with
  nothing; other ``/api/…`` paths answer NestJS's JSON 404.
- **Prerendered pages** (the prerender service's whitelist): articles
  ``/tin-tuc/<slug>-<id>`` and ``/thong-bao/<slug>-<id>``, ``/gioi-thieu``, ``/lien-he``, the
  document register ``/van-ban`` (a server-side table, ``?page=N`` pager links, page 1 also as
  ``?page=1``; pages past the end print "Không có dữ liệu"), document records ``/van-ban/<id>``
  (register fields and a PDF) and albums ``/thu-vien-anh/<slug>`` (a photo grid). They keep the
  static header and footer and have ``#root`` filled with the React tree (CSS-module class
  names such as ``NewsDetail_title__2WqLx``). An article prints: breadcrumb "Trang chủ ›
  <category>", ``h1``, the date line "Thứ Hai, 23/11/2026 | 08:15" and "Lượt xem", tools
  (font size, "In bài" as ``window.print()``, Facebook/Zalo share), the sapo in its own element
  when the article has one, the editor's HTML (TinyMCE: ``figure.image`` with ``figcaption``;
  Word pastes with a centred image paragraph and a centred italic line; tables; lists), the
  "Tệp đính kèm" box, the byline box at the end ("Tác giả: …" / "Nguồn: …" lines, each only
  when filled), tags (``/tim-kiem?tu-khoa=…``, shells), "Tin cùng chuyên mục" / "Thông báo
  khác" (the category's three newest other articles, dated), a sidebar ("Tin mới nhất": the
  five newest with dates, "Đọc nhiều", "Văn bản mới", banners, "Thống kê truy cập"). The head
  has a react-helmet canonical, ``rel=shortlink`` ``/<cat>/<id>``, Open Graph, NewsArticle
  JSON-LD (local time, +07:00) and ``window.__INITIAL_STATE__`` (the article again, content
  HTML included, ``<`` escaped as ``\\u003c``).
- **Discovery without JS:** ``/robots.txt`` names ``/sitemap.xml``, a sitemap index of
  ``/sitemap-pages.xml`` and ``/sitemap-news.xml`` (every article, Google News tags, ``lastmod``
  +07:00); ``/rss/tin-tuc.xml`` and ``/rss/thong-bao.xml`` (RSS 2.0, the ten newest each,
  announced in every page's head and linked in the footer); the noscript fallbacks.

Reachability (checked by the self-check): the noscript lists reach the five newest news
articles and all three notices; article pages link only the three newest of their category
(related), the five newest overall (sidebar) and a fixed "Đọc nhiều" trio, so the six older news
articles are linked from no page, with one exception: the body of "Tập huấn sử dụng học bạ số"
links its predecessor (id 2231) by its short URL ``/tin-tuc/2231`` (a 301). The other five
(2262, 2254, 2243, 2218, 2196) are reachable only through the sitemap and the JSON API; four of
them are in the news RSS, the oldest (2196) only in the sitemap and the JSON.

Traps and hard cases: every unknown path answers 200 with the shell (SPA fallback), and an
unknown article (e.g. the old notice ``/thong-bao/quy-che-lam-viec-cua-so-giao-duc-va-dao-tao-1420``
that "Giới thiệu" still links) answers 200 with a prerendered "Không tìm thấy bài viết" page
(soft 404); the API answers 200 for any page; RSS links carry ``?utm_source=rss&utm_medium=rss&
utm_campaign=<cat>`` (the same page, canonical to the clean URL); ``/tin-tuc/<id>``,
``/thong-bao/<id>`` and a wrong slug answer 301 to ``/<cat>/<slug>-<id>``; the document register
answers any ``?page=``. Text: the body HTML of two articles (2279, 2231) has TinyMCE's default
named entities (``&agrave;``, ``&ecirc;``); one article (2254) was typed in decomposed Unicode
("Unicode tổ hợp": title, sapo and body NFD); the oldest (2196), migrated from the old portal,
mixes raw UTF-8, named and numeric references. The API's UTC ``publishedAt`` falls on the
previous day for 2275 (06:45 local) and for 2196 (migrated at 00:00 local, printed without time;
its JSON-LD says ``T00:00:00+07:00`` and its sitemap ``lastmod`` is a later edit, 2026-10-02).
The JSON-LD ``author`` is the "Tác giả" field as one Person name ("Quốc Việt - Mỹ Hạnh",
"Văn phòng Sở"); articles whose byline is in the text (2218, 2196) have none there.

Gold (by hand). Articles are the 14 news and notice pages; shells, listings, the document
register and records, albums, static pages, tag searches and the soft 404 are not.
Judgement calls: the printed date line is the publication date (with its time; 2196 prints only
the day, so date only); the header clock and the API's UTC stamps are not. The sapo element is
the summary and the body's first paragraph; articles without one have summary None. Body = the
editor's paragraphs, list items, table rows (cells joined by " | ") in order; the attachment
box, the byline box, tags and related lists are not body. "Tác giả: Quốc Việt - Mỹ Hạnh" gives
two authors; "Tác giả: Văn phòng Sở" is kept as the author because the page labels it so;
"Nguồn: …" is the source (also when it names a department, "Phòng Giáo dục Trung học"). A
right-aligned last line "Ảnh: Hoàng Phúc" gives a photographer; "Bài: Minh Châu - Ảnh: Thu Hà"
gives an author and a photographer; a bare right-aligned name under an old post ("Phương Thảo")
is its author. Captions are the ``figcaption`` or the centred italic line under a photo, kept as
printed (a caption ending "(Ảnh: Thu Hà)" keeps the credit and names Thu Hà as photographer); a
``figcaption`` that is only the Zalo file name is no caption; photos without a line have
caption None. The category is the breadcrumb's ("Tin tức - Sự kiện" or "Thông báo"). The
``/<cat>/<id>`` short URL and the RSS ``utm_*`` URLs are alternative paths of the same article.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "spa_json_sgddt"
PLATFORM = "react_spa_prerender"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Khánh Hòa"
SHORT = "Sở GD&ĐT Khánh Hòa"
ADDRESS = "Số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa"
HOTLINE = "0258 3 822 454"
EMAIL = "sgddt@khanhhoa.edu.vn"
API = "/api/v1/news"
APP_PAGE_SIZE = 5
API_DEFAULT_SIZE = 10
API_MAX_SIZE = 50
NOSCRIPT_SIZE = 5
RSS_SIZE = 10
RELATED = 3
DOCS_PER_PAGE = 4
_LOCAL = timezone(timedelta(hours=7))
_UP = "/uploads/news/2026"

#: category slug -> printed name (breadcrumb, menu, noscript heading)
CATS: dict[str, str] = {
    "tin-tuc": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
}
TAGS: dict[str, str] = {
    "giao-vien": "Giáo viên",
    "chuyen-doi-so": "Chuyển đổi số",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "hoc-bong": "Học bổng",
    "tuyen-dung": "Tuyển dụng",
}

# CSS-module class names of the vendor's build (hashes fixed in the bundle)
C = {
    "app": "App_wrapper__Qm3xT",
    "main": "Layout_main__7hV2k",
    "crumb": "Breadcrumb_root__1sLp9",
    "sep": "Breadcrumb_sep__Xk20a",
    "article": "NewsDetail_root__3Fq8a",
    "title": "NewsDetail_title__2WqLx",
    "info": "NewsDetail_info__9aKc1",
    "date": "NewsDetail_date__1xP0s",
    "views": "NewsDetail_views__Zt4r8",
    "tools": "NewsDetail_tools__6Hs0e",
    "sapo": "NewsDetail_sapo__5Rt2m",
    "content": "NewsDetail_content__8gH3v",
    "files": "NewsDetail_files__0Lw7p",
    "author": "NewsDetail_author__4kD2n",
    "tags": "NewsDetail_tags__Vb3s1",
    "related": "RelatedNews_root__2mRq5",
    "side": "Sidebar_root__Jd81c",
    "box": "Sidebar_box__3cPq9",
    "boxhead": "Sidebar_heading__0aZ4e",
    "page": "StaticPage_root__8nN1d",
    "table": "DocTable_table__5eYh2",
    "pager": "Pagination_root__1Gv7s",
    "gallery": "Gallery_grid__6Tq2w",
    "empty": "NotFound_root__4Hb9x",
}

# Story.opts: at (local "YYYY-MM-DD HH:MM"), dateonly (printed without time: migrated post),
# enc ("named": TinyMCE entities, "nfd": decomposed text, "mix": old editor's references),
# author_line / source_line (the byline box's values as printed), tags, files ((href, name)),
# updated (sitemap lastmod when edited later).
STORIES: list[Story] = [
    Story(
        id=2293,
        slug="thong-bao-dang-ky-du-thi-chon-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
        title="Thông báo đăng ký dự thi chọn học sinh giỏi quốc gia THPT năm 2027",
        cat="thong-bao",
        published_at="2026-11-24T15:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 2145/KH-SGDĐT ngày 02/10/2026 của Sở GD&ĐT về tổ chức Kỳ thi chọn"
                " học sinh giỏi quốc gia THPT năm 2027, Sở GD&ĐT thông báo lịch đăng ký dự thi như sau:"
            ),
            P("TT | Nội dung | Thời gian | Đơn vị thực hiện", "th"),
            P("1 | Các trường gửi danh sách học sinh dự thi | Trước ngày 05/12/2026 | Các trường THPT", "tr"),
            P("2 | Sở GD&ĐT tổng hợp, duyệt danh sách | Từ 08/12 đến 10/12/2026 | Phòng Quản lý chất lượng", "tr"),
            P("3 | Đăng ký trên hệ thống của Bộ GD&ĐT | Trước ngày 15/12/2026 | Phòng Quản lý chất lượng", "tr"),
            P(
                "Hồ sơ đăng ký gửi về Sở GD&ĐT (qua Phòng Quản lý chất lượng) bằng văn bản điện tử trên"
                " hệ thống quản lý văn bản và điều hành. Chi tiết xem tệp đính kèm."
            ),
        ],
        opts={
            "at": "2026-11-24 15:00",
            "tags": ["hoc-sinh-gioi"],
            "files": [("/uploads/files/2026/11/tb-dang-ky-hsg-quoc-gia-2027.pdf", "TB-dang-ky-HSG-quoc-gia-2027.pdf")],
        },
    ),
    Story(
        id=2291,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-23T08:15:00+07:00",
        summary=(
            "Sáng 22/11/2026, Sở Giáo dục và Đào tạo tỉnh Khánh Hòa khai mạc Hội thi giáo viên dạy giỏi"
            " cấp tỉnh bậc THPT năm học 2026 - 2027 với sự tham gia của 186 giáo viên đến từ 42 trường"
            " THPT, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu khai mạc, ông Võ Văn Hùng, Phó Giám đốc Sở GD&ĐT nhấn mạnh Hội thi là dịp để"
                " giáo viên giao lưu, học hỏi, chia sẻ kinh nghiệm đổi mới phương pháp dạy học, kiểm tra,"
                " đánh giá theo định hướng phát triển phẩm chất, năng lực học sinh."
            ),
            Img(
                f"{_UP}/11/khai-mac-gvdg-thpt-1.jpg",
                "Ông Võ Văn Hùng, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "Ông Võ Văn Hùng, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "fig",
            ),
            P(
                "Hội thi diễn ra từ ngày 22/11 đến ngày 05/12/2026 tại 4 điểm trường: THPT Lý Tự Trọng,"
                " THPT Nguyễn Văn Trỗi, THPT Phan Bội Châu và THPT Tôn Đức Thắng. Mỗi giáo viên dự thi"
                " thực hiện hai tiết dạy thực hành trên lớp và trình bày biện pháp nâng cao chất lượng"
                " giảng dạy bộ môn."
            ),
            P(
                "Năm nay, lần đầu tiên Ban tổ chức đưa nội dung ứng dụng trí tuệ nhân tạo (AI) trong thiết"
                " kế bài dạy vào tiêu chí đánh giá, phù hợp với yêu cầu chuyển đổi số trong giáo dục."
            ),
            Img(
                f"{_UP}/11/khai-mac-gvdg-thpt-2.jpg",
                "Các giáo viên dự thi bốc thăm tiết dạy thực hành",
                "Các giáo viên dự thi bốc thăm tiết dạy thực hành",
                "fig",
            ),
            P(
                "Kết quả Hội thi là căn cứ để Sở GD&ĐT công nhận danh hiệu giáo viên dạy giỏi cấp tỉnh và"
                " lựa chọn giáo viên tiêu biểu tham gia các hoạt động chuyên môn cấp quốc gia."
            ),
        ],
        authors=["Minh Châu"],
        opts={"at": "2026-11-23 08:15", "author_line": "Minh Châu", "tags": ["giao-vien"]},
    ),
    Story(
        id=2288,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc",
        published_at="2026-11-20T16:40:00+07:00",
        summary=(
            "Chiều 19/11/2026, Sở Giáo dục và Đào tạo tổ chức gặp mặt các thế hệ nhà giáo tiêu biểu nhân"
            " kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Đến dự có bà Nguyễn Thị Bích Ngọc, Phó Chủ tịch"
            " UBND tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi gặp mặt, ông Trần Minh Đức, Giám đốc Sở GD&ĐT đã ôn lại truyền thống vẻ vang của"
                " ngành giáo dục tỉnh nhà, đồng thời điểm lại những kết quả nổi bật trong năm học 2025 -"
                " 2026: tỷ lệ học sinh tốt nghiệp THPT đạt 99,2%; 112 trường đạt chuẩn quốc gia; 31 học sinh"
                " đạt giải Kỳ thi chọn học sinh giỏi quốc gia."
            ),
            Img(
                f"{_UP}/11/gap-mat-20-11-tang-hoa.jpg",
                "Phó Chủ tịch UBND tỉnh Nguyễn Thị Bích Ngọc tặng hoa chúc mừng các nhà giáo tiêu biểu (Ảnh: Thu Hà)",
                "Phó Chủ tịch UBND tỉnh Nguyễn Thị Bích Ngọc tặng hoa chúc mừng các nhà giáo tiêu biểu (Ảnh: Thu Hà)",
                "fig",
            ),
            P(
                "Phát biểu tại buổi gặp mặt, Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương sự tận tụy của đội"
                " ngũ nhà giáo, cán bộ quản lý giáo dục; đề nghị ngành tiếp tục quan tâm chăm lo đời sống"
                " giáo viên, nhất là giáo viên công tác tại vùng khó khăn, vùng đồng bào dân tộc thiểu số."
            ),
            P(
                "Dịp này, 25 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh vì có thành tích xuất sắc"
                " trong sự nghiệp giáo dục."
            ),
            Img(
                f"{_UP}/11/gap-mat-20-11-bang-khen.jpg",
                "Các nhà giáo nhận Bằng khen của Chủ tịch UBND tỉnh (Ảnh: Thu Hà)",
                "Các nhà giáo nhận Bằng khen của Chủ tịch UBND tỉnh (Ảnh: Thu Hà)",
                "fig",
            ),
        ],
        authors=["Ngọc Lan"],
        photographers=["Thu Hà"],
        opts={"at": "2026-11-20 16:40", "author_line": "Ngọc Lan", "tags": ["giao-vien"]},
    ),
    Story(
        id=2284,
        slug="be-mac-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
        title="Bế mạc Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-18T10:05:00+07:00",
        summary=(
            "Sau 2 ngày tranh tài, Cuộc thi Khoa học kỹ thuật (KHKT) cấp tỉnh dành cho học sinh trung học"
            " năm học 2026 - 2027 đã bế mạc với 4 giải Nhất, 9 giải Nhì, 15 giải Ba và 22 giải Tư."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Cuộc thi năm nay có 96 dự án của 214 học sinh thuộc 19 lĩnh vực, tăng 14 dự án so với năm"
                " trước. Nhiều dự án bám sát thực tiễn địa phương như: hệ thống giám sát chất lượng nước nuôi"
                " tôm hùm, thiết bị cảnh báo sạt lở đất, ứng dụng tra cứu di tích lịch sử bằng mã QR."
            ),
            Img(f"{_UP}/11/be-mac-khkt-cap-tinh.jpg", None, None, "bare"),
            P(
                "Giải Nhất thuộc về các dự án của học sinh Trường THPT chuyên Lê Quý Đôn, THPT Hoàng Hoa"
                " Thám, THPT Trần Cao Vân và Trường Phổ thông Dân tộc nội trú tỉnh. Ban tổ chức sẽ chọn 6"
                " dự án xuất sắc nhất tham dự Cuộc thi KHKT cấp quốc gia năm 2027."
            ),
        ],
        source="Báo Khánh Hòa",
        opts={"at": "2026-11-18 10:05", "source_line": "Báo Khánh Hòa", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        id=2282,
        slug="danh-sach-thi-sinh-du-dieu-kien-du-tuyen-vien-chuc-giao-duc-nam-2026",
        title="Thông báo danh sách thí sinh đủ điều kiện dự tuyển viên chức giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-11-17T10:30:00+07:00",
        blocks=[
            P(
                "Hội đồng tuyển dụng viên chức Sở GD&ĐT tỉnh Khánh Hòa thông báo danh sách thí sinh đủ điều"
                " kiện dự tuyển vòng 2 kỳ tuyển dụng viên chức giáo dục năm 2026 (danh sách kèm theo)."
            ),
            P(
                "Vòng 2 được tổ chức vào ngày 29/11/2026 tại Trường THPT Lý Tự Trọng. Thí sinh có mặt lúc 7"
                " giờ 00, mang theo căn cước và giấy báo dự tuyển."
            ),
            P("Mọi thắc mắc liên hệ Phòng Tổ chức cán bộ, điện thoại: 0258 3 822 467."),
        ],
        opts={
            "at": "2026-11-17 10:30",
            "tags": ["tuyen-dung"],
            "files": [
                ("/uploads/files/2026/11/ds-du-dieu-kien-vong-2-vien-chuc-2026.pdf", "DS-du-dieu-kien-vong-2.pdf"),
                ("/uploads/files/2026/11/so-do-phong-thi-vong-2.pdf", "So-do-phong-thi.pdf"),
            ],
        },
    ),
    Story(
        id=2279,
        slug="tap-huan-su-dung-hoc-ba-so-cho-can-bo-quan-ly-va-giao-vien-cap-thcs",
        title="Tập huấn sử dụng học bạ số cho cán bộ quản lý và giáo viên cấp THCS",
        cat="tin-tuc",
        published_at="2026-11-14T07:30:00+07:00",
        summary=(
            "Từ ngày 12 đến 13/11/2026, Sở GD&ĐT phối hợp với Viettel Khánh Hòa tổ chức tập huấn triển"
            " khai học bạ số cho hơn 450 cán bộ quản lý, giáo viên và nhân viên văn thư các trường THCS"
            " trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, học viên được hướng dẫn quy trình lập, ký số và lưu trữ học bạ điện tử"
                " trên hệ thống quản lý nhà trường; cách xử lý các tình huống thường gặp như điều chỉnh"
                " điểm sau khi đã ký, chuyển trường giữa năm học."
            ),
            Img(
                f"{_UP}/11/tap-huan-hoc-ba-so-thcs.jpg",
                "Quang cảnh lớp tập huấn tại Trường THCS Thái Nguyên",
                "Quang cảnh lớp tập huấn tại Trường THCS Thái Nguyên",
                "fig",
            ),
            P(
                "Theo kế hoạch, từ học kỳ II năm học 2026 - 2027, 100% trường THCS trong tỉnh sử dụng học bạ"
                " số thay cho học bạ giấy, góp phần giảm tải công việc hành chính cho giáo viên."
            ),
            P(
                "Hoạt động này nối tiếp đợt tập huấn bồi dưỡng giáo viên cốt cán về chuyển đổi số mà Sở tổ"
                " chức hồi tháng 10/2026.",
                "a:/tin-tuc/2231:tập huấn bồi dưỡng giáo viên cốt cán về chuyển đổi số",
            ),
        ],
        authors=["Quốc Việt", "Mỹ Hạnh"],
        opts={"at": "2026-11-14 07:30", "enc": "named", "author_line": "Quốc Việt - Mỹ Hạnh", "tags": ["chuyen-doi-so"]},
    ),
    Story(
        id=2275,
        slug="trao-150-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-vung-cao",
        title="Trao 150 suất học bổng “Tiếp bước đến trường” cho học sinh vùng cao",
        cat="tin-tuc",
        published_at="2026-11-11T06:45:00+07:00",
        summary=(
            "Ngày 10/11/2026, Sở GD&ĐT phối hợp với Quỹ Bảo trợ trẻ em tỉnh trao 150 suất học bổng “Tiếp"
            " bước đến trường” cho học sinh có hoàn cảnh khó khăn tại các xã Khánh Sơn, Tô Hạp, Khánh"
            " Vĩnh và Nam Khánh Vĩnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng kèm theo một bộ sách giáo khoa, đồng phục và đồ dùng"
                " học tập. Tổng giá trị chương trình hơn 350 triệu đồng, do các doanh nghiệp, nhà hảo tâm"
                " trong và ngoài tỉnh đóng góp."
            ),
            Img(
                f"{_UP}/11/z6021458873312_4c1f0e7a9b2d35c86e1f0a7d2b4c9e13.jpg",
                "z6021458873312_4c1f0e7a9b2d35c86e1f0a7d2b4c9e13.jpg",
                None,
                "fig",
            ),
            P(
                "Em Mấu Thị Hoa, học sinh lớp 9 Trường Phổ thông Dân tộc nội trú THCS Khánh Sơn chia sẻ:"
                " “Nhận được học bổng, em càng có thêm động lực để cố gắng học tốt, sau này trở thành cô giáo"
                " dạy học ở quê mình”."
            ),
            P(
                "Chương trình học bổng “Tiếp bước đến trường” được duy trì từ năm 2018 đến nay, đã trao hơn"
                " 1.200 suất học bổng cho học sinh vùng cao của tỉnh."
            ),
        ],
        authors=["Hải Yến"],
        source="Báo Khánh Hòa",
        opts={"at": "2026-11-11 06:45", "author_line": "Hải Yến", "source_line": "Báo Khánh Hòa", "tags": ["hoc-bong"]},
    ),
    Story(
        id=2269,
        slug="lich-tiep-cong-dan-thang-11-2026-cua-giam-doc-so-gddt",
        title="Thông báo lịch tiếp công dân tháng 11/2026 của Giám đốc Sở GD&ĐT",
        cat="thong-bao",
        published_at="2026-11-09T08:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Luật Tiếp công dân, Giám đốc Sở GD&ĐT tỉnh Khánh Hòa thông báo lịch tiếp công dân"
                " định kỳ tháng 11/2026 như sau:"
            ),
            P("Thời gian: sáng thứ Năm, ngày 19/11/2026 (từ 7 giờ 30 đến 11 giờ 00)."),
            P("Địa điểm: Phòng tiếp công dân, Sở GD&ĐT, số 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa."),
            P(
                "Công dân có nhu cầu đăng ký trước qua Văn phòng Sở, điện thoại 0258 3 822 454 hoặc thư điện"
                " tử vanphong@khanhhoa.edu.vn."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={"at": "2026-11-09 08:00", "author_line": "Văn phòng Sở", "tags": []},
    ),
    Story(
        id=2262,
        slug="hoi-nghi-trien-khai-nhiem-vu-giao-duc-thuong-xuyen-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ giáo dục thường xuyên năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-05T14:20:00+07:00",
        summary=(
            "Ngày 04/11/2026, Sở GD&ĐT tổ chức Hội nghị triển khai nhiệm vụ giáo dục thường xuyên (GDTX)"
            " năm học 2026 - 2027 cho lãnh đạo các trung tâm GDNN - GDTX, trung tâm học tập cộng đồng"
            " trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, toàn tỉnh có 8.460 học viên theo học chương trình GDTX cấp THPT; tỷ lệ"
                " học viên tốt nghiệp đạt 94,6%. Công tác xóa mù chữ cho người dân vùng đồng bào dân tộc"
                " thiểu số tiếp tục được duy trì, với 14 lớp xóa mù chữ được mở tại các xã miền núi."
            ),
            Img(
                f"{_UP}/11/hoi-nghi-gdtx-2026-1.jpg",
                "Bà Lê Thị Thanh Xuân, Trưởng phòng Giáo dục thường xuyên - Giáo dục nghề nghiệp báo cáo tại Hội nghị",
                "Bà Lê Thị Thanh Xuân, Trưởng phòng Giáo dục thường xuyên - Giáo dục nghề nghiệp báo cáo tại Hội nghị",
                "word",
            ),
            P(
                "Năm học 2026 - 2027, ngành tập trung nâng cao chất lượng dạy văn hóa gắn với đào tạo nghề cho"
                " học viên; đẩy mạnh ứng dụng công nghệ thông tin, học trực tuyến; củng cố mạng lưới trung"
                " tâm học tập cộng đồng sau sắp xếp đơn vị hành chính cấp xã."
            ),
            Img(f"{_UP}/11/hoi-nghi-gdtx-2026-2.jpg", "Đại biểu thảo luận tại Hội nghị", "Đại biểu thảo luận tại Hội nghị", "word"),
        ],
        authors=["Thanh Tâm"],
        opts={"at": "2026-11-05 14:20", "author_line": "Thanh Tâm", "tags": []},
    ),
    Story(
        id=2254,
        slug="ngay-hoi-chuyen-doi-so-nganh-giao-duc-tinh-khanh-hoa-nam-2026",
        title="Ngày hội Chuyển đổi số ngành Giáo dục tỉnh Khánh Hòa năm 2026",
        cat="tin-tuc",
        published_at="2026-10-30T09:00:00+07:00",
        summary=(
            "Ngày 29/10/2026, tại Trường THPT Lý Tự Trọng, Sở GD&ĐT tổ chức Ngày hội Chuyển đổi số ngành"
            " Giáo dục năm 2026 với chủ đề “Học tập số - Kết nối tương lai”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội có 36 gian trưng bày sản phẩm, mô hình ứng dụng công nghệ số của các trường học,"
                " doanh nghiệp công nghệ. Học sinh được trải nghiệm lớp học thực tế ảo, robot giáo dục,"
                " phòng thí nghiệm mô phỏng và các nền tảng học tập trực tuyến."
            ),
            Img(
                f"{_UP}/10/ngay-hoi-chuyen-doi-so-2026.jpg",
                "Học sinh trải nghiệm lớp học thực tế ảo tại Ngày hội",
                "Học sinh trải nghiệm lớp học thực tế ảo tại Ngày hội",
                "fig",
            ),
            P(
                "Bên cạnh hoạt động trưng bày, Ban tổ chức còn tổ chức hội thảo chuyên đề về an toàn thông"
                " tin và kỹ năng sử dụng mạng xã hội an toàn cho học sinh, thu hút đông đảo giáo viên và phụ"
                " huynh tham gia."
            ),
            Raw('<p style="text-align: right;"><strong>Ảnh: Hoàng Phúc</strong></p>'),
        ],
        authors=["Đức Anh"],
        photographers=["Hoàng Phúc"],
        opts={"at": "2026-10-30 09:00", "enc": "nfd", "author_line": "Đức Anh", "tags": ["chuyen-doi-so"]},
    ),
    Story(
        id=2243,
        slug="kiem-tra-cong-tac-dau-nam-hoc-tai-cac-truong-thpt-khu-vuc-phia-nam-tinh",
        title="Kiểm tra công tác đầu năm học tại các trường THPT khu vực phía Nam tỉnh",
        cat="tin-tuc",
        published_at="2026-10-21T15:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 14 đến 18/10/2026, đoàn kiểm tra của Sở GD&ĐT do ông Trần Minh Đức, Giám đốc Sở làm"
                " trưởng đoàn đã kiểm tra công tác đầu năm học tại 12 trường THPT thuộc khu vực phía Nam tỉnh"
                " (địa bàn tỉnh Ninh Thuận cũ)."
            ),
            P("Nội dung kiểm tra tập trung vào các mặt:"),
            P("Việc sắp xếp đội ngũ, phân công chuyên môn và thực hiện kế hoạch giáo dục nhà trường;", "li"),
            P("Cơ sở vật chất, thiết bị dạy học phục vụ Chương trình giáo dục phổ thông 2018;", "li"),
            P("Công tác bảo đảm an ninh, an toàn trường học, phòng chống bạo lực học đường.", "li"),
            P(
                "Qua kiểm tra, đoàn đánh giá các trường đã chuẩn bị chu đáo cho năm học mới; đội ngũ giáo viên"
                " cơ bản đủ về số lượng. Tuy nhiên, một số trường còn thiếu phòng học bộ môn, thiết bị dạy học"
                " môn Công nghệ và Tin học đã xuống cấp."
            ),
            Img(
                f"{_UP}/10/kiem-tra-dau-nam-thpt-phia-nam.jpg",
                "Đoàn kiểm tra làm việc tại Trường THPT Phan Chu Trinh",
                "Đoàn kiểm tra làm việc tại Trường THPT Phan Chu Trinh",
                "fig",
            ),
            P(
                "Giám đốc Sở đề nghị các trường khẩn trương khắc phục tồn tại, chủ động tham mưu địa phương"
                " đầu tư cơ sở vật chất, bảo đảm điều kiện dạy học tốt nhất cho học sinh."
            ),
        ],
        source="Phòng Giáo dục Trung học",
        opts={"at": "2026-10-21 15:30", "source_line": "Phòng Giáo dục Trung học", "tags": []},
    ),
    Story(
        id=2231,
        slug="tap-huan-giao-vien-cot-can-ve-chuyen-doi-so-nam-2026",
        title="Tập huấn giáo viên cốt cán về chuyển đổi số năm 2026",
        cat="tin-tuc",
        published_at="2026-10-12T08:30:00+07:00",
        summary=(
            "Từ ngày 08 đến 10/10/2026, Sở GD&ĐT tổ chức lớp tập huấn bồi dưỡng năng lực số cho 320 giáo"
            " viên cốt cán các cấp học trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các học viên được bồi dưỡng về khai thác học liệu số, thiết kế bài giảng điện tử, sử dụng công"
                " cụ trí tuệ nhân tạo hỗ trợ soạn giảng và đánh giá học sinh, đồng thời được hướng dẫn về đạo"
                " đức, an toàn khi sử dụng AI trong trường học."
            ),
            Img(
                f"{_UP}/10/tap-huan-cot-can-chuyen-doi-so.jpg",
                "Giáo viên thực hành thiết kế bài giảng điện tử",
                "Giáo viên thực hành thiết kế bài giảng điện tử",
                "fig",
            ),
            P(
                "Sau tập huấn, đội ngũ giáo viên cốt cán có trách nhiệm hỗ trợ đồng nghiệp tại đơn vị, góp"
                " phần thực hiện hiệu quả Kế hoạch chuyển đổi số ngành Giáo dục giai đoạn 2026 - 2030."
            ),
        ],
        authors=["Quốc Việt"],
        opts={"at": "2026-10-12 08:30", "enc": "named", "author_line": "Quốc Việt", "tags": ["chuyen-doi-so", "giao-vien"]},
    ),
    Story(
        id=2218,
        slug="khen-thuong-hoc-sinh-dat-thanh-tich-xuat-sac-trong-ky-thi-tot-nghiep-thpt-nam-2026",
        title="Khen thưởng học sinh đạt thành tích xuất sắc trong Kỳ thi tốt nghiệp THPT năm 2026",
        cat="tin-tuc",
        published_at="2026-09-30T16:00:00+07:00",
        summary=(
            "Chiều 29/9/2026, UBND tỉnh tổ chức lễ tuyên dương, khen thưởng 68 học sinh đạt thành tích xuất"
            " sắc trong Kỳ thi tốt nghiệp THPT năm 2026 và các giáo viên có công bồi dưỡng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm 2026, Khánh Hòa có 3 thí sinh đạt điểm 10 môn Toán, 2 thí sinh đạt điểm 10 môn Hóa học và"
                " 5 thí sinh có tổng điểm tổ hợp A00 từ 29 điểm trở lên. Điểm trung bình các môn thi của tỉnh"
                " xếp thứ 9/34 tỉnh, thành phố."
            ),
            Img(
                f"{_UP}/09/khen-thuong-tot-nghiep-2026-1.jpg",
                "Lãnh đạo UBND tỉnh trao Bằng khen cho các học sinh đạt thành tích xuất sắc",
                "Lãnh đạo UBND tỉnh trao Bằng khen cho các học sinh đạt thành tích xuất sắc",
                "fig",
            ),
            Img(f"{_UP}/09/khen-thuong-tot-nghiep-2026-2.jpg", None, None, "bare"),
            Img(f"{_UP}/09/khen-thuong-tot-nghiep-2026-3.jpg", None, None, "bare"),
            P(
                "Mỗi học sinh được tặng Bằng khen của Chủ tịch UBND tỉnh kèm phần thưởng từ 3 đến 5 triệu"
                " đồng; 22 giáo viên có học sinh đạt thành tích cao cũng được khen thưởng."
            ),
            Raw('<p style="text-align: right;"><em><strong>Bài: Minh Châu - Ảnh: Thu Hà</strong></em></p>'),
        ],
        authors=["Minh Châu"],
        photographers=["Thu Hà"],
        opts={"at": "2026-09-30 16:00", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        id=2196,
        slug="toan-tinh-hon-390-nghin-hoc-sinh-buoc-vao-nam-hoc-moi-2026-2027",
        title="Toàn tỉnh hơn 390 nghìn học sinh bước vào năm học mới 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-09-05",
        blocks=[
            P(
                "Sáng 05/9/2026, hơn 390.000 học sinh các cấp học trên địa bàn tỉnh Khánh Hòa đồng loạt dự Lễ"
                " khai giảng năm học 2026 - 2027. Đây là năm học đầu tiên ngành Giáo dục tỉnh hoạt động sau"
                " khi hợp nhất hai tỉnh Khánh Hòa và Ninh Thuận."
            ),
            Img(
                f"{_UP}/09/khai-giang-2026-vinh-hai.jpg",
                "Học sinh Trường Tiểu học Vĩnh Hải dự Lễ khai giảng",
                "Học sinh Trường Tiểu học Vĩnh Hải dự Lễ khai giảng",
                "word",
            ),
            P(
                "Tại Trường THPT chuyên Lê Quý Đôn, Bí thư Tỉnh ủy dự và đánh trống khai giảng năm học mới."
                " Phát biểu tại buổi lễ, đồng chí mong muốn thầy và trò nhà trường tiếp tục phát huy truyền"
                " thống, là lá cờ đầu trong phong trào thi đua dạy tốt, học tốt của tỉnh."
            ),
            P(
                "Năm học 2026 - 2027, toàn tỉnh có 812 trường học, tăng 6 trường so với năm học trước; ngành"
                " tiếp tục thực hiện miễn học phí cho học sinh từ mầm non đến THPT công lập theo Nghị quyết"
                " của Quốc hội."
            ),
            Raw('<p style="text-align: right;"><strong>Phương Thảo</strong></p>'),
        ],
        authors=["Phương Thảo"],
        opts={"at": "2026-09-05 00:00", "dateonly": True, "enc": "mix", "tags": [], "updated": "2026-10-02T09:12:40+07:00"},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/{story.cat}/{story.slug}-{story.id}"


def short_path(story: Story) -> str:
    return f"/{story.cat}/{story.id}"


def rss_path(story: Story) -> str:
    return f"{article_path(story)}?utm_source=rss&utm_medium=rss&utm_campaign={story.cat}"


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def in_rss(story: Story) -> bool:
    return story in newest(story.cat)[:RSS_SIZE]


def related(story: Story) -> list[Story]:
    return [s for s in newest(story.cat) if s.id != story.id][:RELATED]


#: "Đọc nhiều": the editors' pinned trio (the API's view ranking is not used by the prerender)
MOST_READ = [2288, 2291, 2282]


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: str
    kind: str
    summary: str
    signer: str
    file: str


DOCS: list[Doc] = [
    Doc(318, "2398/SGDĐT-GDTrH", "20/11/2026", "Công văn", "V/v hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS, THPT", "Võ Văn Hùng", "2398-sgddt-gdtrh.pdf"),
    Doc(317, "2371/KH-SGDĐT", "16/11/2026", "Kế hoạch", "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027", "Võ Văn Hùng", "2371-kh-sgddt.pdf"),
    Doc(315, "1856/QĐ-UBND", "10/11/2026", "Quyết định", "Quyết định ban hành khung kế hoạch thời gian năm học 2026 - 2027 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên", "Nguyễn Thị Bích Ngọc", "1856-qd-ubnd.pdf"),
    Doc(312, "2290/SGDĐT-TCCB", "04/11/2026", "Công văn", "V/v triển khai tuyển dụng viên chức giáo dục năm 2026", "Trần Minh Đức", "2290-sgddt-tccb.pdf"),
    Doc(309, "2214/SGDĐT-VP", "28/10/2026", "Công văn", "V/v thực hiện chế độ báo cáo thống kê định kỳ năm học 2026 - 2027", "Trần Minh Đức", "2214-sgddt-vp.pdf"),
    Doc(305, "2145/KH-SGDĐT", "02/10/2026", "Kế hoạch", "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027", "Võ Văn Hùng", "2145-kh-sgddt.pdf"),
    Doc(301, "2087/SGDĐT-GDTX", "25/09/2026", "Công văn", "V/v hướng dẫn nhiệm vụ giáo dục thường xuyên năm học 2026 - 2027", "Lê Quang Trí", "2087-sgddt-gdtx.pdf"),
    Doc(296, "1998/SGDĐT-KHTC", "15/09/2026", "Công văn", "V/v hướng dẫn thu, sử dụng các khoản thu dịch vụ phục vụ hoạt động giáo dục năm học 2026 - 2027", "Trần Minh Đức", "1998-sgddt-khtc.pdf"),
    Doc(290, "1902/QĐ-SGDĐT", "28/08/2026", "Quyết định", "Quyết định thành lập Ban Chỉ đạo chuyển đổi số ngành Giáo dục tỉnh Khánh Hòa", "Trần Minh Đức", "1902-qd-sgddt.pdf"),
]
_DOC_BY_ID = {d.id: d for d in DOCS}
DOC_PAGES = -(-len(DOCS) // DOCS_PER_PAGE)

#: albums: slug -> (title, date, photo captions)
ALBUMS: dict[str, tuple[str, str, list[str]]] = {
    "gap-mat-ky-niem-ngay-nha-giao-viet-nam-20-11-2026": (
        "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
        "20/11/2026",
        ["Quang cảnh buổi gặp mặt", "Tặng hoa các nhà giáo tiêu biểu", "Văn nghệ chào mừng", "Chụp ảnh lưu niệm", "Các nhà giáo nhận Bằng khen"],
    ),
    "ngay-hoi-chuyen-doi-so-2026": (
        "Ngày hội Chuyển đổi số ngành Giáo dục 2026",
        "30/10/2026",
        ["Khu trưng bày sản phẩm", "Lớp học thực tế ảo", "Robot giáo dục", "Hội thảo an toàn thông tin"],
    ),
    "le-khai-giang-nam-hoc-2026-2027": (
        "Lễ khai giảng năm học 2026 - 2027",
        "05/09/2026",
        ["Đánh trống khai giảng", "Học sinh lớp 10 nhận hoa", "Màn đồng diễn", "Thả bóng bay", "Học sinh Tiểu học Vĩnh Hải", "Lễ chào cờ"],
    ),
}

SOFT_404 = "/thong-bao/quy-che-lam-viec-cua-so-giao-duc-va-dao-tao-1420"

# --------------------------------------------------------------------------- the gold (by hand)


def _alt_paths(story: Story) -> list[str]:
    alts = [short_path(story)]
    if in_rss(story):
        alts.append(rss_path(story))
    return alts


GOLD: list[dict] = [gold_record(s, article_path(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in newest()]

#: the five news articles no page links (sitemap and JSON only; four of them also in the RSS)
UNLINKED: list[int] = [2262, 2254, 2243, 2218, 2196]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    "/thong-bao",
    "/gioi-thieu",
    "/lien-he",
    "/dang-nhap",
    "/van-ban",
    *(f"/van-ban?page={n}" for n in range(1, DOC_PAGES + 1)),
    *(f"/van-ban/{d.id}" for d in DOCS),
    "/thu-vien-anh",
    *(f"/thu-vien-anh/{slug}" for slug in ALBUMS),
    *(f"/tim-kiem?tu-khoa={quote(name)}" for name in TAGS.values()),
    SOFT_404,
]

# --------------------------------------------------------------------------- rendering helpers

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def _utc_json(story: Story) -> str:
    """``Date.prototype.toJSON``: UTC, milliseconds, "Z"."""
    return _local(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _iso_local(story: Story) -> str:
    return _local(story).isoformat()


def _date_line(story: Story) -> str:
    when = _local(story)
    day = f"{_WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y}"
    return day if story.opts.get("dateonly") else f"{day} | {when:%H:%M}"


def _dmy(story: Story) -> str:
    return f"{_local(story):%d/%m/%Y}"


def _views(story: Story) -> str:
    return f"{story.views():,}".replace(",", ".")


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else "/assets/images/no-image.jpg"


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "…"


def _nfd(story: Story) -> bool:
    return story.opts.get("enc") == "nfd"


def _field(story: Story, value: str) -> str:
    """A plain text field as React renders it (escaped; decomposed if typed so)."""
    return text(value, nfd=_nfd(story))


def _stored(story: Story, value: str) -> str:
    """A text field as the database holds it (decomposed when it was typed so)."""
    return unicodedata.normalize("NFD", value) if _nfd(story) else value


def _tinymce_named(markup: str) -> str:
    """TinyMCE's default ``entity_encoding: "named"``: Latin-1 letters as named entities."""
    return "".join(
        f"&{codepoint2name[ord(ch)]};" if 160 <= ord(ch) <= 255 and ord(ch) in codepoint2name else ch
        for ch in markup
    )


def _img_tag(img: Img) -> str:
    name = img.src.rsplit("/", 1)[1]
    return f'<img src="{esc(img.src)}" alt="{esc(name)}" width="800" height="533">'


def _content_html(story: Story) -> str:
    """The editor's HTML exactly as stored (TinyMCE; Word pastes; the old portal's markup)."""
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = "".join(
                    f'<td style="width: 25%;">{"<strong>" if row.style == "th" else ""}{text(c)}'
                    f'{"</strong>" if row.style == "th" else ""}</td>'
                    for c in row.text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            continue
        if isinstance(block, P):
            body = text(block.text)
            if block.style.startswith("a:"):
                _, href, anchor = block.style.split(":", 2)
                body = body.replace(text(anchor), f'<a href="{href}">{text(anchor)}</a>', 1)
            parts.append(f'<p style="text-align: justify;">{body}</p>')
        elif isinstance(block, Img):
            if block.style == "fig":
                cap = f'<figcaption contenteditable="true">{text(block.printed)}</figcaption>' if block.printed else ""
                parts.append(f'<figure class="image" contenteditable="false">{_img_tag(block)}\n{cap}</figure>')
            elif block.style == "word":
                parts.append(f'<p style="text-align: center;">{_img_tag(block)}</p>')
                if block.printed:
                    parts.append(f'<p style="text-align: center;"><em>{text(block.printed)}</em></p>')
            else:
                parts.append(f'<p style="text-align: center;">{_img_tag(block)}</p>')
        else:
            parts.append(block.html)
        i += 1
    markup = "\n".join(parts)
    enc = story.opts.get("enc")
    if enc == "named":
        return _tinymce_named(markup)
    if enc == "nfd":
        return unicodedata.normalize("NFD", markup)
    if enc == "mix":
        return entity_mix(markup, 2)
    return markup


# --------------------------------------------------------------------------- page chrome

_MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc", "Tin tức - Sự kiện"),
    ("/thong-bao", "Thông báo"),
    ("/van-ban", "Văn bản"),
    ("/thu-vien-anh", "Thư viện ảnh"),
    ("/lien-he", "Liên hệ"),
]

_BUNDLE = '<script type="module" crossorigin src="/assets/index-B7x2kQ9d.js"></script>\n<link rel="stylesheet" crossorigin href="/assets/index-Cq41rTzp.css">'


def _inline_boot() -> str:
    """The vendor's inline boot script: API base and an early listing fetch for category routes."""
    return f"""<script>
      window.__API__ = "{API}";
      window.__APP_CONFIG__ = {{"siteName":"{SHORT}","pageSize":{APP_PAGE_SIZE},"gaId":"G-7QK2M4XN1B"}};
      (function () {{
        var m = location.pathname.match(/^\\/(tin-tuc|thong-bao)\\/?$/);
        if (!m) return;
        var page = new URLSearchParams(location.search).get("page") || 1;
        window.__PREFETCH__ = fetch(window.__API__ + "?category=" + m[1] + "&page=" + page + "&size=" + window.__APP_CONFIG__.pageSize)
          .then(function (r) {{ return r.json(); }});
      }})();
    </script>"""


def _head(request: Request, title: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/png" href="/favicon.png" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="theme-color" content="#0b4fa1" />
    <title>{esc(title)}</title>
    <link rel="alternate" type="application/rss+xml" title="Tin tức - Sự kiện" href="{base}/rss/tin-tuc.xml" />
    <link rel="alternate" type="application/rss+xml" title="Thông báo" href="{base}/rss/thong-bao.xml" />
    {extra}
    {_inline_boot()}
    {_BUNDLE}
  </head>"""


def _header() -> str:
    items = "".join(f'<li class="nav-item"><a class="nav-link" href="{href}">{esc(label)}</a></li>' for href, label in _MENU)
    return f"""
    <header id="site-header" class="site-header">
      <div class="topbar"><div class="container">
        <span class="topbar__date">{TODAY}</span>
        <span class="topbar__hotline">Đường dây nóng: <a href="tel:{HOTLINE.replace(" ", "")}">{HOTLINE}</a></span>
        <a class="topbar__login" href="/dang-nhap">Đăng nhập</a>
      </div></div>
      <div class="brand"><div class="container">
        <a class="brand__logo" href="/"><img src="/assets/images/logo-sgddt.png" alt="Logo {esc(SHORT)}" height="80" /></a>
        <div class="brand__name"><span class="brand__unit">UBND TỈNH KHÁNH HÒA</span><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div>
        <form class="brand__search" action="/tim-kiem" method="get" role="search"><input type="search" name="q" placeholder="Nhập từ khóa tìm kiếm…" aria-label="Tìm kiếm" /><button type="submit">Tìm kiếm</button></form>
      </div></div>
      <nav class="mainnav"><div class="container"><ul class="nav">{items}</ul></div></nav>
    </header>"""


def _footer() -> str:
    return f"""
    <footer id="site-footer" class="site-footer">
      <div class="container">
        <div class="site-footer__info">
          <p class="site-footer__name">{esc(SITE.upper())}</p>
          <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Khánh Hòa</p>
          <p>Địa chỉ: {esc(ADDRESS)}</p>
          <p>Điện thoại: {HOTLINE} - Email: {EMAIL}</p>
          <p>Chịu trách nhiệm chính: Ông Trần Minh Đức - Giám đốc Sở</p>
          <p>Giấy phép số 12/GP-TTĐT ngày 15/3/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa.</p>
        </div>
        <div class="site-footer__links">
          <a href="/gioi-thieu">Giới thiệu</a> · <a href="/lien-he">Liên hệ</a> · <a href="/rss/tin-tuc.xml">RSS Tin tức</a> · <a href="/rss/thong-bao.xml">RSS Thông báo</a>
        </div>
        <div class="site-footer__counter">Lượt truy cập: <b>4.512.906</b> · Đang online: <b>37</b></div>
        <p class="site-footer__copy">© 2026 Bản quyền thuộc {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
      </div>
    </footer>"""


def _document(request: Request, title: str, root: str, *, extra: str = "", noscript: str = "", body_class: str = "") -> str:
    cls = f' class="{body_class}"' if body_class else ""
    return (
        _head(request, title, extra)
        + f"\n  <body{cls}>"
        + _header()
        + f"\n    {root}"
        + (f"\n    {noscript}" if noscript else "")
        + _footer()
        + "\n  </body>\n</html>\n"
    )


# --------------------------------------------------------------------------- shells

_SHELL_TITLE = f"Cổng thông tin điện tử {SHORT}"
_SPINNER = '<div id="root"><div class="app-loading"><div class="app-loading__spinner"></div><p>Đang tải…</p></div></div>'
_NOJS = "<p>Vui lòng bật JavaScript để sử dụng đầy đủ các chức năng của Cổng thông tin điện tử.</p>"


def _shell(request: Request, listing: str = "") -> str:
    noscript = f'<noscript><div class="noscript-fallback">{_NOJS}{listing}</div></noscript>'
    return _document(
        request,
        _SHELL_TITLE,
        _SPINNER,
        extra=f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}" />',
        noscript=noscript,
    )


def _category_shell(request: Request, cat: str) -> str:
    items = "".join(
        f'<li><a href="{article_path(s)}">{_field(s, s.title)}</a> ({_dmy(s)})</li>' for s in newest(cat)[:NOSCRIPT_SIZE]
    )
    return _shell(request, f"<h2>{esc(CATS[cat])}</h2><ul>{items}</ul>")


def _albums_shell(request: Request) -> str:
    items = "".join(f'<li><a href="/thu-vien-anh/{slug}">{esc(t)}</a> ({d})</li>' for slug, (t, d, _) in ALBUMS.items())
    return _shell(request, f"<h2>Thư viện ảnh</h2><ul>{items}</ul>")


# --------------------------------------------------------------------------- prerendered pages


def _crumbs(*trail: tuple[str | None, str]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for href, label in trail:
        parts.append(f'<span class="{C["sep"]}">›</span>')
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return f'<nav class="{C["crumb"]}" aria-label="breadcrumb">{"".join(parts)}</nav>'


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{_field(s, s.title)}</a><time>{_dmy(s)}</time></li>' for s in newest()[:5]
    )
    most = "".join(f'<li><a href="{article_path(_BY_ID[i])}">{esc(_BY_ID[i].title)}</a></li>' for i in MOST_READ)
    docs = "".join(f'<li><a href="/van-ban/{d.id}">{esc(d.number)}</a><span>{esc(d.summary)}</span></li>' for d in DOCS[:3])
    return f"""<aside class="col-lg-4 {C["side"]}">
<section class="{C["box"]}"><h3 class="{C["boxhead"]}">Tin mới nhất</h3><ul>{latest}</ul></section>
<section class="{C["box"]}"><h3 class="{C["boxhead"]}">Đọc nhiều</h3><ol>{most}</ol></section>
<section class="{C["box"]}"><h3 class="{C["boxhead"]}">Văn bản mới</h3><ul>{docs}</ul><a href="/van-ban">Xem tất cả</a></section>
<section class="{C["box"]}"><h3 class="{C["boxhead"]}">Liên kết</h3>
<a href="https://moet.gov.vn" target="_blank" rel="noopener noreferrer"><img src="/assets/images/banner-bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" /></a>
<a href="https://khanhhoa.gov.vn" target="_blank" rel="noopener noreferrer"><img src="/assets/images/banner-ubnd-tinh.png" alt="Cổng thông tin điện tử tỉnh Khánh Hòa" /></a>
<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener noreferrer"><img src="/assets/images/banner-dvc.png" alt="Cổng Dịch vụ công quốc gia" /></a></section>
<section class="{C["box"]}"><h3 class="{C["boxhead"]}">Thống kê truy cập</h3><ul class="Sidebar_counter__2Jk8d"><li>Đang trực tuyến: 37</li><li>Hôm nay: 1.284</li><li>Tháng này: 41.907</li><li>Tổng lượt truy cập: 4.512.906</li></ul></section>
</aside>"""


def _prerendered(request: Request, title: str, main: str, *, extra: str = "", state: dict | None = None) -> str:
    root = (
        f'<div id="root"><div class="{C["app"]}"><main class="{C["main"]}"><div class="container">'
        f'{main}</div></main></div></div>'
    )
    if state is not None:
        payload = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
        root += f"\n    <script>window.__INITIAL_STATE__ = {payload};</script>"
    return _document(request, title, root, extra=extra + '\n    <!-- prerendered: prerender-node 3.2 -->')


def _article(request: Request, story: Story) -> str:
    base = base_url(request)
    canonical = base + article_path(story)
    cat_name = CATS[story.cat]
    sapo = f'<p class="{C["sapo"]}"><strong>{_field(story, story.summary)}</strong></p>' if story.summary and story.sapo_outside else ""
    files = ""
    if story.opts.get("files"):
        links = "".join(
            f'<li><a href="{esc(href)}" target="_blank" rel="noreferrer" download>{esc(name)}</a></li>'
            for href, name in story.opts["files"]
        )
        files = f'<div class="{C["files"]}"><p>Tệp đính kèm:</p><ul>{links}</ul></div>'
    lines = []
    if story.opts.get("author_line"):
        lines.append(f'<p><span>Tác giả:</span> <b>{_field(story, story.opts["author_line"])}</b></p>')
    if story.opts.get("source_line"):
        lines.append(f'<p><span>Nguồn:</span> <i>{_field(story, story.opts["source_line"])}</i></p>')
    byline = f'<div class="{C["author"]}">{"".join(lines)}</div>' if lines else ""
    tags = "".join(f'<a href="/tim-kiem?tu-khoa={quote(TAGS[t])}">#{esc(TAGS[t])}</a>' for t in story.opts["tags"])
    tag_box = f'<div class="{C["tags"]}"><span>Từ khóa:</span> {tags}</div>' if tags else ""
    rel_title = "Thông báo khác" if story.cat == "thong-bao" else "Tin cùng chuyên mục"
    rel = "".join(f'<li><a href="{article_path(s)}">{_field(s, s.title)}</a> <span>({_dmy(s)})</span></li>' for s in related(story))
    content = _content_html(story)
    main = f"""{_crumbs((f"/{story.cat}", cat_name))}
<div class="row"><div class="col-lg-8">
<article class="{C["article"]}">
<h1 class="{C["title"]}">{_field(story, story.title)}</h1>
<div class="{C["info"]}"><span class="{C["date"]}"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 8v5l3 2"></path></svg>{_date_line(story)}</span><span class="{C["views"]}">Lượt xem: {_views(story)}</span></div>
<div class="{C["tools"]}"><button type="button" aria-label="Giảm cỡ chữ">A-</button><button type="button" aria-label="Tăng cỡ chữ">A+</button><button type="button" onclick="window.print()">In bài</button><a href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe="")}" target="_blank" rel="noopener noreferrer">Chia sẻ Facebook</a><a href="https://sp.zalo.me/share_inline?url={quote(canonical, safe="")}" target="_blank" rel="noopener noreferrer">Zalo</a></div>
{sapo}
<div class="{C["content"]}">{content}</div>
{files}
{byline}
{tag_box}
<section class="{C["related"]}"><h3>{rel_title}</h3><ul>{rel}</ul></section>
</article>
</div>{_sidebar()}</div>"""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": _iso_local(story),
        "image": [base + _thumb(story)],
        "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": base + "/assets/images/logo-sgddt.png"}},
        "mainEntityOfPage": canonical,
    }
    if story.opts.get("author_line"):
        ld["author"] = {"@type": "Person", "name": story.opts["author_line"]}
    extra = f"""<link rel="canonical" href="{esc(canonical)}" data-rh="true" />
    <link rel="shortlink" href="{short_path(story)}" data-rh="true" />
    <meta name="description" content="{esc(_excerpt(story))}" data-rh="true" />
    <meta property="og:type" content="article" data-rh="true" />
    <meta property="og:title" content="{esc(story.title)}" data-rh="true" />
    <meta property="og:url" content="{esc(canonical)}" data-rh="true" />
    <meta property="og:image" content="{esc(base + _thumb(story))}" data-rh="true" />
    <script type="application/ld+json" data-rh="true">{json.dumps(ld, ensure_ascii=False)}</script>"""
    state = {
        "news": {
            "detail": {
                "id": story.id,
                "slug": story.slug,
                "title": _stored(story, story.title),
                "sapo": _stored(story, story.summary or ""),
                "content": content,
                "publishedAt": _utc_json(story),
                "category": {"slug": story.cat, "name": cat_name},
                "author": story.opts.get("author_line", ""),
                "source": story.opts.get("source_line", ""),
                "views": story.views(),
            },
            "status": "succeeded",
        },
        "router": {"location": {"pathname": article_path(story)}},
    }
    return _prerendered(request, f"{story.title} - {SHORT}", main, extra=extra, state=state)


def _not_found(request: Request) -> str:
    main = f"""{_crumbs((None, "Không tìm thấy"))}
<div class="{C["empty"]}"><h1>Không tìm thấy bài viết</h1><p>Bài viết bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p><a href="/">Về trang chủ</a></div>"""
    return _prerendered(request, f"Không tìm thấy - {SHORT}", main, extra='<meta name="prerender-status-code" content="404" data-rh="true" />')


_ABOUT = [
    (
        "Sở Giáo dục và Đào tạo tỉnh Khánh Hòa là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng"
        " tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo, bao gồm: chương trình,"
        " nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật"
        " chất, thiết bị trường học; quy chế thi cử và cấp văn bằng, chứng chỉ."
    ),
    (
        "Sau khi hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận từ ngày 01/7/2025, Sở quản lý trực tiếp 58 trường"
        " trung học phổ thông, 3 trường phổ thông dân tộc nội trú và 12 trung tâm giáo dục nghề nghiệp - giáo"
        " dục thường xuyên."
    ),
    (
        "Lãnh đạo Sở: Ông Trần Minh Đức - Giám đốc; Ông Võ Văn Hùng - Phó Giám đốc; Ông Lê Quang Trí - Phó"
        " Giám đốc."
    ),
]


def _about(request: Request) -> str:
    paras = "".join(f"<p>{esc(p)}</p>" for p in _ABOUT)
    main = f"""{_crumbs((None, "Giới thiệu"))}
<div class="row"><div class="col-lg-8"><div class="{C["page"]}"><h1>Giới thiệu</h1>{paras}
<h2>Cơ cấu tổ chức</h2><ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li><li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng Giáo dục Trung học</li><li>Phòng Giáo dục thường xuyên - Giáo dục nghề nghiệp</li><li>Phòng Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>
<p>Quy chế làm việc của Sở: xem <a href="{SOFT_404}">Thông báo ban hành Quy chế làm việc</a>.</p></div></div>{_sidebar()}</div>"""
    extra = f'<link rel="canonical" href="{base_url(request)}/gioi-thieu" data-rh="true" />'
    return _prerendered(request, f"Giới thiệu - {SHORT}", main, extra=extra)


def _contact(request: Request) -> str:
    main = f"""{_crumbs((None, "Liên hệ"))}
<div class="row"><div class="col-lg-8"><div class="{C["page"]}"><h1>Liên hệ</h1>
<p><b>{esc(SITE)}</b></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE} - Fax: 0258 3 822 455</p><p>Email: {EMAIL}</p>
<form class="ContactForm_root__3nVc1" method="post" action="/lien-he"><label>Họ và tên<input name="hoTen" required /></label><label>Email<input type="email" name="email" required /></label><label>Tiêu đề<input name="tieuDe" /></label><label>Nội dung<textarea name="noiDung" rows="5"></textarea></label><button type="submit">Gửi liên hệ</button></form>
<iframe title="Bản đồ" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3898.9!2d109.19!3d12.24" width="100%" height="320" loading="lazy"></iframe></div></div>{_sidebar()}</div>"""
    extra = f'<link rel="canonical" href="{base_url(request)}/lien-he" data-rh="true" />'
    return _prerendered(request, f"Liên hệ - {SHORT}", main, extra=extra)


def _pager(page: int) -> str:
    links = []
    if page > 1:
        links.append(f'<a href="/van-ban?page={page - 1}" aria-label="Trang trước">‹</a>')
    for n in range(1, DOC_PAGES + 1):
        links.append(f'<span class="active">{n}</span>' if n == page else f'<a href="/van-ban?page={n}">{n}</a>')
    if page < DOC_PAGES:
        links.append(f'<a href="/van-ban?page={page + 1}" aria-label="Trang sau">›</a>')
    return f'<nav class="{C["pager"]}">{"".join(links)}</nav>'


def _register(request: Request) -> str:
    try:
        page = max(1, int(request.params.get("page", "1")))
    except ValueError:
        page = 1
    chunk = DOCS[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    rows = "".join(
        f'<tr><td>{(page - 1) * DOCS_PER_PAGE + i + 1}</td><td><a href="/van-ban/{d.id}">{esc(d.number)}</a></td><td>{d.issued}</td>'
        f'<td>{esc(d.summary)}</td><td><a href="/uploads/van-ban/{d.file}" download>Tải về</a></td></tr>'
        for i, d in enumerate(chunk)
    ) or '<tr><td colspan="5">Không có dữ liệu</td></tr>'
    main = f"""{_crumbs((None, "Văn bản"))}
<div class="row"><div class="col-lg-8"><div class="{C["page"]}"><h1>Văn bản chỉ đạo, điều hành</h1>
<form method="get" action="/van-ban" class="DocFilter_root__7sLq0"><input name="tuKhoa" placeholder="Số ký hiệu, trích yếu…" /><select name="loai"><option value="">-- Loại văn bản --</option><option>Công văn</option><option>Kế hoạch</option><option>Quyết định</option></select><button type="submit">Lọc</button></form>
<table class="{C["table"]}"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>
{_pager(page)}</div></div>{_sidebar()}</div>"""
    extra = f'<link rel="canonical" href="{base_url(request)}/van-ban{"?page=" + str(page) if page > 1 else ""}" data-rh="true" />'
    return _prerendered(request, f"Văn bản - {SHORT}", main, extra=extra)


def _doc_page(request: Request, doc: Doc) -> str:
    rows = [
        ("Số/Ký hiệu", esc(doc.number)),
        ("Ngày ban hành", doc.issued),
        ("Loại văn bản", esc(doc.kind)),
        ("Cơ quan ban hành", "UBND tỉnh Khánh Hòa" if "UBND" in doc.number else esc(SITE)),
        ("Người ký", esc(doc.signer)),
        ("Trích yếu", esc(doc.summary)),
        ("Tệp đính kèm", f'<a href="/uploads/van-ban/{doc.file}" download>{doc.file}</a>'),
    ]
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    main = f"""{_crumbs(("/van-ban", "Văn bản"), (None, doc.number))}
<div class="row"><div class="col-lg-8"><div class="{C["page"]}"><h1>{esc(doc.kind)} số {esc(doc.number)}</h1>
<table class="{C["table"]} DocTable_detail__1aQ8m"><tbody>{table}</tbody></table><a href="/van-ban">« Quay lại danh sách</a></div></div>{_sidebar()}</div>"""
    extra = f'<link rel="canonical" href="{base_url(request)}/van-ban/{doc.id}" data-rh="true" />'
    return _prerendered(request, f"{doc.number} - {SHORT}", main, extra=extra)


def _album(request: Request, slug: str) -> str:
    title, day, captions = ALBUMS[slug]
    grid = "".join(
        f'<a class="Gallery_item__0pR3s" href="/uploads/albums/{slug}/{n:02d}.jpg"><img src="/uploads/albums/{slug}/thumb-{n:02d}.jpg" alt="{esc(c)}" loading="lazy" /></a>'
        for n, c in enumerate(captions, 1)
    )
    others = "".join(f'<li><a href="/thu-vien-anh/{s}">{esc(t)}</a></li>' for s, (t, _, _) in ALBUMS.items() if s != slug)
    main = f"""{_crumbs(("/thu-vien-anh", "Thư viện ảnh"), (None, title))}
<div class="{C["page"]}"><h1>{esc(title)}</h1><p class="Gallery_meta__5dK2a">{day} · {len(captions)} ảnh</p>
<div class="{C["gallery"]}">{grid}</div><h3>Album khác</h3><ul>{others}</ul></div>"""
    extra = f'<link rel="canonical" href="{base_url(request)}/thu-vien-anh/{slug}" data-rh="true" />'
    return _prerendered(request, f"{title} - {SHORT}", main, extra=extra)


# --------------------------------------------------------------------------- API, feeds, sitemaps


def _json(payload: object, status: int = 200) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return Response(status, body.encode("utf-8"), {"Content-Type": "application/json; charset=utf-8", "X-Powered-By": "Express"})


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default


def _api_news(request: Request) -> Response:
    params = request.params
    cat = params.get("category")
    page = max(1, _int(params.get("page"), 1))
    size = min(API_MAX_SIZE, max(1, _int(params.get("size"), API_DEFAULT_SIZE)))
    items = newest(cat) if cat is None or cat in CATS else []
    chunk = items[(page - 1) * size : page * size]
    return _json(
        {
            "items": [
                {
                    "id": s.id,
                    "slug": s.slug,
                    "title": _stored(s, s.title),
                    "sapo": _stored(s, s.summary or ""),
                    "thumbnail": _thumb(s),
                    "publishedAt": _utc_json(s),
                    "category": {"slug": s.cat, "name": CATS[s.cat]},
                    "url": article_path(s),
                    "views": s.views(),
                }
                for s in chunk
            ],
            "total": len(items),
            "page": page,
            "size": size,
        }
    )


def _rss(request: Request, cat: str) -> Response:
    base = base_url(request)
    items = newest(cat)[:RSS_SIZE]
    entries = "".join(
        f"""
    <item>
      <title><![CDATA[{s.title}]]></title>
      <link>{base}{esc(rss_path(s))}</link>
      <guid isPermaLink="false">{cat}-{s.id}</guid>
      <description><![CDATA[{_excerpt(s)}]]></description>
      <pubDate>{format_datetime(_local(s))}</pubDate>
      <category>{esc(CATS[cat])}</category>
    </item>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{esc(CATS[cat])} - {esc(SHORT)}</title>
    <link>{base}/{cat}</link>
    <atom:link href="{base}/rss/{cat}.xml" rel="self" type="application/rss+xml" />
    <description>{esc(CATS[cat])} của {esc(SITE)}</description>
    <language>vi-VN</language>
    <lastBuildDate>{format_datetime(_local(items[0]))}</lastBuildDate>{entries}
  </channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _lastmod(story: Story) -> str:
    return story.opts.get("updated") or _iso_local(story)


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if which == "index":
        body = head + (
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"  <sitemap><loc>{base}/sitemap-pages.xml</loc><lastmod>2026-08-01T00:00:00+07:00</lastmod></sitemap>\n"
            f"  <sitemap><loc>{base}/sitemap-news.xml</loc><lastmod>{_iso_local(newest()[0])}</lastmod></sitemap>\n"
            "</sitemapindex>\n"
        )
    elif which == "pages":
        pages = ["/", "/gioi-thieu", "/lien-he", "/tin-tuc", "/thong-bao", "/van-ban", "/thu-vien-anh", *(f"/thu-vien-anh/{s}" for s in ALBUMS)]
        body = head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        body += "".join(f"  <url><loc>{base}{p}</loc><changefreq>daily</changefreq><priority>{'1.0' if p == '/' else '0.6'}</priority></url>\n" for p in pages)
        body += "</urlset>\n"
    else:
        body = head + (
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
            ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        )
        for s in newest():
            body += (
                f"  <url>\n    <loc>{base}{article_path(s)}</loc>\n    <lastmod>{_lastmod(s)}</lastmod>\n"
                f"    <news:news>\n      <news:publication><news:name>{esc(SHORT)}</news:name><news:language>vi</news:language></news:publication>\n"
                f"      <news:publication_date>{_iso_local(s)}</news:publication_date>\n"
                f"      <news:title>{esc(s.title)}</news:title>\n    </news:news>\n  </url>\n"
            )
        body += "</urlset>\n"
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


_ROBOTS = "User-agent: *\nAllow: /\nDisallow: /quan-tri/\nDisallow: /api/v1/auth/\n\nSitemap: {base}/sitemap.xml\n"

_ARTICLE = re.compile(r"^/(tin-tuc|thong-bao)/([a-z0-9-]+)-(\d+)$")
_SHORT = re.compile(r"^/(tin-tuc|thong-bao)/(\d+)$")
_FILES = {href for s in STORIES for href, _ in s.opts.get("files", [])} | {f"/uploads/van-ban/{d.file}" for d in DOCS}


class SpaPortal:
    """nginx in front of the SEO middleware, the prerender service and the NestJS API."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.endswith(".pdf"):
            if path in _FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return html("<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>", status=404)
        if path.startswith(("/assets/", "/uploads/")) or path in ("/favicon.png", "/favicon.ico"):
            return static_file(path) or html("<html><body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>", status=404)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return _sitemap(request, "index")
        if path == "/sitemap-pages.xml":
            return _sitemap(request, "pages")
        if path == "/sitemap-news.xml":
            return _sitemap(request, "news")
        if m := re.fullmatch(r"/rss/([a-z-]+)\.xml", path):
            return _rss(request, m.group(1)) if m.group(1) in CATS else None
        if path == API:
            return _api_news(request)
        if path.startswith("/api/"):
            return _json({"statusCode": 404, "message": f"Cannot {request.method} {path}", "error": "Not Found"}, 404)
        if m := _SHORT.match(path):
            story = _BY_ID.get(int(m.group(2)))
            return redirect(article_path(story), 301) if story else html(_not_found(request))
        if m := _ARTICLE.match(path):
            story = _BY_ID.get(int(m.group(3)))
            if story is None:
                return html(_not_found(request))
            if path != article_path(story):
                return redirect(article_path(story), 301)
            return html(_article(request, story))
        if path == "/gioi-thieu":
            return html(_about(request))
        if path == "/lien-he":
            return html(_contact(request))
        if path == "/van-ban":
            return html(_register(request))
        if m := re.fullmatch(r"/van-ban/(\d+)", path):
            doc = _DOC_BY_ID.get(int(m.group(1)))
            return html(_doc_page(request, doc)) if doc else html(_not_found(request))
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)", path):
            return html(_album(request, m.group(1))) if m.group(1) in ALBUMS else html(_not_found(request))
        if m := re.fullmatch(r"/(tin-tuc|thong-bao)/?", path):
            return html(_category_shell(request, m.group(1)))
        if re.fullmatch(r"/thu-vien-anh/?", path):
            return html(_albums_shell(request))
        # index.html fallback: every other path is the app's shell, status 200
        return html(_shell(request))


def build_site() -> SpaPortal:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return SpaPortal()
