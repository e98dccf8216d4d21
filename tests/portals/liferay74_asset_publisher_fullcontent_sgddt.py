"""Sở Giáo dục và Đào tạo tỉnh Thái Nguyên on Liferay DXP 7.4 with a government vendor's theme.

Platform
--------
Liferay DXP 7.4 (Tomcat), site ``/web/sgddt`` (groupId 1804217), vendor theme ``tn-sgddt-theme``
(class prefix ``tn-``, Vietnamese abbreviations: ``tn-ngayht``, ``tn-tendv``, ``ttct-noidung`` …).
The home page is a content page built of fragments (carousel, collection displays); the three news
sections are widget pages with an Asset Publisher in "abstracts" display, a numeric Clay paginator and
"Xem thêm" read-more links; an article opens in the same Asset Publisher's "full content" view, and
also on the web content's display page ``/w/<urlTitle>`` (fragments mapped to the structure's fields).
Documents and Media serves photos and PDFs as ``/documents/<groupId>/<folderId>/<file>/<uuid>?t=…``;
photos inside texts are Adaptive Media ``<picture>`` elements.

URL scheme
----------
- start: ``/web/sgddt/trang-chu`` (``/`` redirects there; the logo links ``/web/sgddt``, same page)
- sections: ``/web/sgddt/tin-tuc-su-kien`` (delta 4, 2 pages), ``/web/sgddt/hoat-dong-chuyen-mon``
  (delta 3, 2 pages), ``/web/sgddt/thong-bao`` (delta 5, 1 page)
- listing page n: ``?p_p_id=<PID>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_<PID>_delta=4
  &p_r_p_resetCur=false&_<PID>_cur=n`` with ``PID = com_liferay_asset_publisher_web_portlet_
  AssetPublisherPortlet_INSTANCE_<12-char instance id>``
- article in the Asset Publisher: ``/web/sgddt/<section>/-/asset_publisher/<instance>/content/<urlTitle>
  ?_<PID>_assetEntryId=<id>&_<PID>_redirect=<the listing's URL, percent-encoded>``
- article on its display page: ``/web/sgddt/w/<urlTitle>`` (the canonical every article page prints)
- article at the web content friendly URL ``/web/sgddt/-/<urlTitle>`` (the home page's "Thông báo" box)
- print pop-up (only in an ``onclick`` script): ``…/content/<urlTitle>?p_p_state=pop_up&_<PID>_viewMode=print
  &_<PID>_languageId=vi_VN``
- documents: ``/web/sgddt/van-ban-chi-dao`` (table) and entries
  ``/web/sgddt/van-ban-chi-dao/-/document_library/<instance>/view_file/<fileEntryId>``; files
  ``/documents/1804217/1805012/<file>.pdf/<uuid>?t=…``; photos ``/documents/1804217/1804590/<file>.jpg/<uuid>?t=…``
- other pages: gioi-thieu, lien-he, thu-vien-anh, video, search (a GET form, never linked);
  the language selector is a ``<select>`` in a GET form to ``/c/portal/update_language`` (302 back)

Page templates
--------------
- chrome on every page: top bar with "Thứ Bảy, 05/12/2026", language select, search form; banner with
  the logo and the only ``<h1>`` of widget pages ("UBND TỈNH THÁI NGUYÊN / SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  menu with drop-downs ("Tin tức" and "Thư viện" are node pages without a URL); breadcrumb portlet;
  right column: "Tin đọc nhiều" (title list with view counts), "Liên kết website" select, DVC banner,
  poll (POST form), visitor counter; footer with the department's address, phone, licence, copyright.
- listing: portlet title ``h2.portlet-title-text`` = section name; ``div.asset-abstract`` per entry with
  ``h3.asset-title`` link, thumbnail ``/image/journal/article?img_id=…``, the asset description (not
  the article's lead), "Xem thêm<span class="hide-accessible"> về …</span> »", short date "03/12/26",
  view count; "Hiển thị 1 đến 4 của 6 kết quả."; Clay ``ul.pagination`` ‹ 1 2 ›.
- full content: the same portlet (title = section name) holding ``div.asset-full-content``:
  ``h4.component-title`` = back link (hidden text "Quay lại") + ``span.asset-title`` headline; then
  ``div.journal-content-article`` with the vendor template ``div.ttct-khung``: "Ngày tạo … | Ngày đăng …",
  optional ``div.ttct-tomtat`` (sapo field), ``div.ttct-noidung`` (the CKEditor text), ``div.ttct-tacgia``
  (author field), ``div.ttct-nguon`` (source field), ``div.ttct-dinhkem`` (attachments); after it, still in
  ``div.asset-content``: share bar (with the print onclick), star ratings, "Chuyên mục:"/"Từ khóa:" badges,
  "Tin liên quan" (links to /w/ pages with dates in parentheses); then ``div.asset-metadata``
  ("Người đăng: <CMS user>", publish date, "Lượt xem: 1.234") and the comment form.
- display page /w/: breadcrumb "Trang chủ › <headline>", fragments: ``h1.component-heading`` headline,
  "Thứ Năm, 12/11/2026 - 08:30 | Lượt xem", a section label linking the section page, the sapo
  fragment (when the structure has one), ``div.component-html`` with the same CKEditor text, author and
  source fragments, attachments, share bar, "Tin liên quan" collection.

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (4 per page): ids 1, 2, 3, 4 on page 1 (also on the home page/sidebar/related lists
  via /w/); ids 5 and 6 **only** from page 2 (``_cur=2``).
- Hoạt động chuyên môn (3 per page): ids 7, 8, 9 on page 1 (also /w/ links on the home page); id 10
  **only** from page 2.
- Thông báo (one page): ids 11, 12, 13 (also ``/-/<urlTitle>`` links in the home page's notice box,
  /w/ links in the sidebar and "Tin mới").

Traps
-----
1. Redirect-echo duplicates (NEW KIND: the listing's own URL is part of each article URL). Every
   abstract links ``…/content/<urlTitle>?_<PID>_assetEntryId=…&_<PID>_redirect=<listing URL>``, so one
   article gets one URL per listing URL that shows it: page 1 of a paginated section is reachable as the
   bare section URL and as its ``_cur=1`` twin (the paginator's "1" and "‹" on page 2), which yields two
   article URLs; the home page, sidebars and related lists use ``/w/<urlTitle>``; the notice box uses
   ``/-/<urlTitle>``. Every variant prints ``<link rel="canonical" href="…/web/sgddt/w/<urlTitle>">``.
   Gold: ``path`` = ``canonical_path`` = the /w/ URL; all AP variants, the bare AP path, the ``/-/`` form
   and the print pop-up are ``alt_paths``.
2. Pagination by portlet-namespaced parameters (pagination). Page 2 exists only as
   ``?p_p_id=…&_<PID>_delta=4&p_r_p_resetCur=false&_<PID>_cur=2``; ids 5, 6 and 10 are linked from
   nowhere else. A ``_cur`` beyond the last page answers 200 with "Không có kết quả nào." and no links.
   Gold: the three must be found.
3. Headline vs. page/SEO titles and headings (NEW KIND). On widget pages the only ``<h1>`` is the
   department's name and the biggest heading above the text is the portlet title (the section name); the
   headline is an ``h4.component-title`` whose text starts with a hidden "Quay lại" of the back link. On
   /w/ the ``<title>`` and ``og:title`` carry the web content's shorter SEO title ("12 đội tuyển học sinh
   giỏi quốc gia của Thái Nguyên") while the printed headline is longer. Gold ``title`` = the printed
   headline (``span.asset-title`` / ``h1.component-heading``), never the SEO title, the section or the
   department's name.
4. Creation date before the publication date (NEW KIND). The template prints "Ngày tạo: 10/11/2026 16:05 |
   Ngày đăng: 12/11/2026 08:30"; the first date-time on the page is the draft's creation. For id 6 the
   creation is "15/10/2026 21:14" and the publication "16/10/2026 00:00" (midnight: the day alone). Ids 2,
   3 and 4 open with a dateline naming an earlier day ("(SGDĐT) - Ngày 27/11/2026, …"), related lists print
   other articles' dates, the header prints today. Gold ``published_at`` = "Ngày đăng" (AP) = the /w/
   date line: "2026-11-12T08:30:00+07:00", "2026-10-16" for id 6; the dateline stays in the body as printed.
5. The CMS user printed as a person (NEW KIND). ``div.asset-metadata`` prints "Người đăng: Hoàng Văn
   Tuấn" / "Trần Thị Mai Anh" — real-looking names of the portal's editors, on every AP view, absent on /w/.
   Gold: the poster is never an author; ``authors`` come from the author field or the signature in the
   text only ("ThS. Lê Thị Hồng Nhung - Phòng GDTrH" -> "Lê Thị Hồng Nhung"; "CN. Đào Thị Phương Thảo,
   Tổ Ngữ văn" -> "Đào Thị Phương Thảo"; "Nguyễn Văn Hải (Trường THCS Chu Văn An)" -> "Nguyễn Văn Hải";
   right-aligned "Phòng GDTrH" / "Văn phòng Sở" -> as printed; "BBT" -> nobody; "Tin, ảnh: X" -> X in both;
   "Tin: X - Ảnh: Y" -> [X], [Y]).
6. The listing's abstract is not the article's sapo (NEW KIND). Abstracts and ``<meta name="description">``
   print the web content's description, a separate sentence written for the listing that appears nowhere
   on the article page. Gold ``summary``: the sapo field (``div.ttct-tomtat`` / the /w/ sapo fragment; ids
   1 and 8, first body paragraph) or a bold first paragraph (id 3); null for all others, never the abstract.
7. Display page without the section in its breadcrumb (NEW KIND). /w/ pages sit outside the navigation:
   the breadcrumb is "Trang chủ › <headline>" (its last item is the headline), and the section appears
   only as a label linking the section page. On AP views the breadcrumb's last item is also the headline,
   preceded by the section and a node page "Tin tức" without a link. Gold ``category`` = the section as
   the menu prints it ("Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo"), never "Tin tức" or
   the headline.
8. Adaptive Media pictures and layout tables for photos (images/captions). Each photo is a
   ``<picture data-fileentryid>`` with two ``<source srcset="/o/adaptive-media/image/…">`` and an
   ``<img src="/documents/…/<file>.jpg/<uuid>?t=…">``; captions are a ``<figcaption>``, a second row of a
   one-column layout table (``<td><em><span>…``), or an italic paragraph in parentheses; "Ảnh: Ma Văn Đức"
   and "Ảnh: Nguyễn Văn Hải" are credits only. Gold ``images`` = the ``<img src>`` with its ``?t=``
   query (the srcset renditions are not more images; listing thumbnails are not article images); the
   caption table's rows are not body paragraphs; ``caption`` without parentheses; a credit-only line
   gives caption None and a photographer.
9. Widgets inside the text's container (boundaries). ``div.asset-content`` holds, after the article
   template, the share bar ("In", "Gửi email"), star ratings with a hidden "Đánh giá trung bình …",
   "Chuyên mục:" / "Từ khóa:" badges and "Tin liên quan"; id 7's editor pasted a "Tin liên quan:" box
   with a bulleted list of links into the text; id 4 ends with "Xem thêm: <link>"; id 13 has a "Tải về:
   Kế hoạch số 2415/KH-SGDĐT (PDF, 245 KB)" line and id 12 a "Tài liệu đính kèm" list. Gold body: none
   of these.
10. Decomposed Unicode (encodings). Id 5's paragraphs were pasted as NFD ("Unicode tổ hợp"); the headline
   is NFC. Gold: NFC text.

Gold decisions on ambiguous points
----------------------------------
- ``path`` is the display page /w/<urlTitle> (what every variant names as canonical), even for ids 5, 6
  and 10 whose /w/ page no link names; the Asset Publisher URLs are alternatives.
- A dateline "(SGDĐT) - Ngày 27/11/2026, …" opening the first paragraph is text and stays in it.
- Table rows (id 6 results, id 11 schedule) are paragraphs with the header row included; a sentence
  starting "Theo kế hoạch, …" (id 1) is text, not a source.
- Headings in the text ("Ba nhóm nhiệm vụ trọng tâm", "Đối tượng dự thi") and list items are paragraphs;
  "Học viên được chia …<br />Mỗi nhóm …" (id 4) is two paragraphs; the quote in id 3 is a paragraph.
- The section label on /w/ and the "Chuyên mục:" badge name the same section the menu prints.
- Views, ratings and the poster are not gold fields; the print pop-up (no chrome) serves the same gold.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
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
    text,
)

NAME = "liferay74_asset_publisher_fullcontent_sgddt"
PLATFORM = "Liferay DXP 7.4 (vendor theme; Asset Publisher abstracts/full content, display pages /w/)"
START_PATH = "/web/sgddt/trang-chu"

SITE = "/web/sgddt"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Thái Nguyên"
GROUP_ID = 1804217
IMG_FOLDER = 1804590
DOC_FOLDER = 1805012
THEME = "/o/tn-sgddt-theme"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
DL_INSTANCE = "Dk3LmN8pQr2S"


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _stamp(seed: str) -> int:
    """A Liferay ``?t=`` cache-buster: the file's modified time in milliseconds."""
    return 1760000000000 + int(hashlib.md5(seed.encode("utf-8")).hexdigest()[:8], 16) % 5000000000


def photo(fname: str) -> str:
    """The Documents and Media URL of a photo: /documents/<group>/<folder>/<file>/<uuid>?t=…"""
    return f"/documents/{GROUP_ID}/{IMG_FOLDER}/{fname}/{_uuid(fname)}?t={_stamp(fname)}"


def document(fname: str) -> str:
    return f"/documents/{GROUP_ID}/{DOC_FOLDER}/{fname}/{_uuid(fname)}?t={_stamp(fname)}"


def file_entry_id(src: str) -> int:
    return 1806000 + int(hashlib.md5(src.encode("utf-8")).hexdigest()[:6], 16) % 90000


# --- the sections -------------------------------------------------------------------------

#: slug -> (menu name, Asset Publisher instance id, delta, plid)
CATS = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", "Ht9KsQ2LmP4v", 4, 1804251),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", "w3RjZ8nBc1Ya", 3, 1804263),
    "thong-bao": ("Thông báo", "Pq6DfN0xGu7E", 5, 1804270),
}

RIGHT = '<p style="text-align: right;"><strong>{}</strong></p>'

# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoi-nghi-trien-khai-ke-hoach-chuyen-doi-so-nganh-giao-duc-giai-doan-2026-2030",
        title="Hội nghị triển khai Kế hoạch chuyển đổi số ngành Giáo dục tỉnh Thái Nguyên giai đoạn 2026-2030",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều ngày 03/12/2026, Sở Giáo dục và Đào tạo tổ chức Hội nghị trực tuyến triển khai "
            "Kế hoạch chuyển đổi số ngành Giáo dục tỉnh Thái Nguyên giai đoạn 2026-2030 với sự tham "
            "gia của hơn 1.200 điểm cầu tại các cơ sở giáo dục."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự và chỉ đạo hội nghị có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo Sở Giáo dục và "
                "Đào tạo, Sở Khoa học và Công nghệ; đại diện Viettel Thái Nguyên, VNPT Thái Nguyên cùng "
                "cán bộ quản lý, giáo viên phụ trách công nghệ thông tin của các cơ sở giáo dục trong toàn tỉnh."
            ),
            Img(
                photo("hn-chuyen-doi-so-01.jpg"),
                "Đồng chí Giám đốc Sở Giáo dục và Đào tạo phát biểu khai mạc hội nghị.",
                "Đồng chí Giám đốc Sở Giáo dục và Đào tạo phát biểu khai mạc hội nghị.",
                "figure",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Giám đốc Sở nhấn mạnh: sau khi hợp nhất hai tỉnh Thái Nguyên "
                "và Bắc Kạn, quy mô toàn ngành tăng lên hơn 900 trường học, vì vậy việc xây dựng một nền "
                "tảng dữ liệu thống nhất là yêu cầu cấp bách để quản lý, điều hành thông suốt từ Sở tới "
                "từng nhà trường."
            ),
            P("Ba nhóm nhiệm vụ trọng tâm", "h"),
            P(
                "Theo kế hoạch, đến hết năm 2027, 100% cơ sở giáo dục phổ thông sử dụng học bạ số và hồ sơ "
                "điện tử của giáo viên; 100% thủ tục hành chính thuộc thẩm quyền của Sở được cung cấp trực "
                "tuyến toàn trình."
            ),
            P(
                "Đến năm 2030, toàn ngành hoàn thành kho học liệu số dùng chung với ít nhất 20.000 bài giảng "
                "điện tử, video bài học đạt chuẩn; mỗi giáo viên có tài khoản trên hệ thống bồi dưỡng trực "
                "tuyến và được cấp chứng chỉ kỹ năng số cơ bản."
            ),
            P(
                "Cùng với đó, Sở sẽ phối hợp với các doanh nghiệp viễn thông hỗ trợ đường truyền cho các "
                "điểm trường vùng cao, bảo đảm học sinh ở các xã đặc biệt khó khăn được tiếp cận học liệu "
                "số như học sinh ở trung tâm."
            ),
            Img(
                photo("hn-chuyen-doi-so-02.jpg"),
                "(Các đại biểu dự hội nghị tại điểm cầu Sở Giáo dục và Đào tạo)",
                "Các đại biểu dự hội nghị tại điểm cầu Sở Giáo dục và Đào tạo",
                "next",
            ),
            P(
                "Tại hội nghị, đại diện Trường THPT Chuyên Thái Nguyên và Trường Tiểu học Nha Trang chia sẻ "
                "kinh nghiệm triển khai sổ điểm điện tử, thanh toán học phí không dùng tiền mặt và ứng dụng "
                "trí tuệ nhân tạo hỗ trợ giáo viên chấm bài tự luận."
            ),
            P(
                "Kết luận hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đề nghị ngành Giáo dục coi chuyển đổi số "
                "là nhiệm vụ chính trị xuyên suốt, gắn trách nhiệm người đứng đầu với kết quả triển khai của "
                "từng đơn vị."
            ),
        ],
        authors=["Đỗ Minh Khoa"],
        photographers=["Đỗ Minh Khoa"],
        opts={
            "when": "03/12/2026 14:30",
            "created": "03/12/2026 11:02",
            "seo": "Triển khai chuyển đổi số ngành Giáo dục giai đoạn 2026-2030",
            "desc": "Hơn 1.200 điểm cầu dự hội nghị trực tuyến; mục tiêu đến năm 2027 dùng học bạ số ở 100% trường phổ thông.",
            "byline": "Tin, ảnh: Đỗ Minh Khoa",
            "poster": "Hoàng Văn Tuấn",
            "tags": ["chuyển đổi số", "học bạ số"],
        },
    ),
    Story(
        id=2,
        slug="thai-nguyen-thanh-lap-12-doi-tuyen-du-thi-chon-hoc-sinh-gioi-quoc-gia-nam-hoc-2026-2027",
        title="Thái Nguyên thành lập 12 đội tuyển dự thi chọn học sinh giỏi quốc gia năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-28T09:15:00+07:00",
        blocks=[
            P(
                "(SGDĐT) - Ngày 27/11/2026, Giám đốc Sở Giáo dục và Đào tạo đã ký quyết định thành lập 12 "
                "đội tuyển học sinh giỏi của tỉnh tham dự Kỳ thi chọn học sinh giỏi quốc gia trung học phổ "
                "thông năm học 2026-2027."
            ),
            P(
                "Các đội tuyển gồm 112 học sinh ở các môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, "
                "Lịch sử, Địa lí, Tiếng Anh, Tiếng Pháp, Tiếng Trung Quốc và Tiếng Nga. Trong đó, Trường THPT "
                "Chuyên Thái Nguyên có 98 học sinh, số còn lại đến từ Trường THPT Chuyên Bắc Kạn và một số "
                "trường THPT trên địa bàn."
            ),
            Img(
                photo("doi-tuyen-tin-hoc.jpg"),
                "Học sinh đội tuyển Tin học trong buổi tập huấn đầu tiên.",
                "Học sinh đội tuyển Tin học trong buổi tập huấn đầu tiên.",
                "table",
            ),
            P(
                "Đây là năm đầu tiên đội tuyển của tỉnh được tuyển chọn từ học sinh của cả hai trường chuyên "
                "sau khi hợp nhất tỉnh. Việc chọn đội tuyển được thực hiện qua hai vòng thi, đề thi do Sở tổ "
                "chức ra độc lập, bảo đảm khách quan, công bằng."
            ),
            P(
                "Thời gian tập huấn kéo dài từ ngày 01/12/2026 đến trước ngày thi. Ngoài đội ngũ giáo viên của "
                "các trường chuyên, Sở đã mời giảng viên Trường Đại học Sư phạm - Đại học Thái Nguyên và một "
                "số chuyên gia của Đại học Quốc gia Hà Nội tham gia bồi dưỡng."
            ),
            P(
                "Năm học trước, Thái Nguyên có 49 học sinh đạt giải quốc gia, trong đó có 2 giải Nhất, 11 giải "
                "Nhì, 17 giải Ba và 19 giải Khuyến khích. Ngành Giáo dục đặt mục tiêu năm nay duy trì tỷ lệ "
                "học sinh đạt giải trên 40% và phấn đấu có học sinh được chọn vào đội tuyển dự thi Olympic "
                "quốc tế."
            ),
            Raw(RIGHT.format("Phòng GDTrH")),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "when": "28/11/2026 09:15",
            "created": "27/11/2026 17:40",
            "seo": "12 đội tuyển học sinh giỏi quốc gia của Thái Nguyên",
            "desc": "112 học sinh được triệu tập vào 12 đội tuyển, bắt đầu tập huấn từ ngày 01/12.",
            "poster": "Hoàng Văn Tuấn",
            "tags": ["học sinh giỏi quốc gia"],
        },
    ),
    Story(
        id=3,
        slug="long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:00:00+07:00",
        summary=(
            "(SGDĐT) - Sáng ngày 19/11/2026, tại Trung tâm Hội nghị tỉnh, Sở Giáo dục và Đào tạo tổ chức "
            "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        blocks=[
            P(
                "(SGDĐT) - Sáng ngày 19/11/2026, tại Trung tâm Hội nghị tỉnh, Sở Giáo dục và Đào tạo tổ chức "
                "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026.",
                "b",
            ),
            P(
                "Tới dự buổi lễ có đồng chí Bí thư Tỉnh ủy; các đồng chí lãnh đạo UBND tỉnh, Ủy ban MTTQ Việt "
                "Nam tỉnh; đại diện các sở, ban, ngành; các thế hệ nhà giáo đã nghỉ hưu cùng 350 cán bộ quản "
                "lý, giáo viên tiêu biểu."
            ),
            Img(photo("le-ky-niem-20-11-01.jpg"), "Ảnh: Ma Văn Đức", None, "figure"),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, diễn văn kỷ niệm khẳng định: trải qua các thời kỳ, đội "
                "ngũ nhà giáo Thái Nguyên luôn vượt khó, bám trường, bám lớp, góp phần đưa chất lượng giáo dục "
                "của tỉnh đứng trong nhóm dẫn đầu khu vực trung du và miền núi phía Bắc."
            ),
            P(
                "Năm học 2025-2026, toàn tỉnh có 1.128 giáo viên đạt danh hiệu giáo viên dạy giỏi các cấp; 36 "
                "sáng kiến của nhà giáo được công nhận có phạm vi ảnh hưởng cấp tỉnh; tỷ lệ trường đạt chuẩn "
                "quốc gia đạt 87,4%."
            ),
            P(
                "“Mỗi thầy giáo, cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
                "noi theo” - đồng chí Bí thư Tỉnh ủy phát biểu tại buổi lễ.",
                "q",
            ),
            P(
                "Dịp này, 12 nhà giáo được tặng Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo; 45 tập thể và "
                "120 cá nhân được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong sự nghiệp giáo dục."
            ),
            Img(
                photo("le-ky-niem-20-11-02.jpg"),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu.",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu.",
                "next",
            ),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Ma Văn Đức"],
        opts={
            "when": "20/11/2026 10:00",
            "created": "19/11/2026 15:27",
            "seo": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "desc": "Nhiều tập thể, cá nhân được tuyên dương nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam.",
            "byline": "Tin: Nguyễn Thu Trang - Ảnh: Ma Văn Đức",
            "poster": "Hoàng Văn Tuấn",
            "tags": ["20/11", "nhà giáo tiêu biểu"],
        },
    ),
    Story(
        id=4,
        slug="tap-huan-giao-vien-cot-can-ve-doi-moi-kiem-tra-danh-gia-hoc-sinh-trung-hoc",
        title=(
            "Tập huấn giáo viên cốt cán về đổi mới kiểm tra, đánh giá học sinh trung học theo định hướng "
            "phát triển năng lực"
        ),
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T08:30:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 10 và 11/11/2026, Sở Giáo dục và Đào tạo phối hợp với Trường Đại học Sư phạm "
                "- Đại học Thái Nguyên tổ chức lớp tập huấn cho 280 giáo viên cốt cán cấp trung học cơ sở và "
                "trung học phổ thông."
            ),
            P("Nội dung tập huấn tập trung vào các chuyên đề:"),
            P("Xây dựng ma trận, bản đặc tả đề kiểm tra định kì theo Thông tư 22/2021/TT-BGDĐT;", "li"),
            P("Kỹ thuật biên soạn câu hỏi trắc nghiệm đúng - sai và câu hỏi trả lời ngắn;", "li"),
            P("Sử dụng ngân hàng câu hỏi số và phần mềm trộn đề của ngành.", "li"),
            Img(photo("tap-huan-kiem-tra-danh-gia.jpg"), None, None, "plain"),
            P(
                "Các báo cáo viên đã phân tích những điểm mới trong cấu trúc đề thi tốt nghiệp THPT từ năm "
                "2025, chỉ ra các lỗi thường gặp khi giáo viên tự biên soạn câu hỏi như dữ kiện thừa, phương "
                "án nhiễu thiếu cơ sở hoặc câu dẫn gợi ý đáp án."
            ),
            P("Học viên được chia thành 14 nhóm theo môn học để thực hành."),
            P(
                "Mỗi nhóm hoàn thiện một đề kiểm tra giữa học kỳ II kèm hướng dẫn chấm, sau đó phản biện chéo "
                "giữa các nhóm.",
                "brjoin",
            ),
            P(
                "Kết thúc lớp tập huấn, các giáo viên cốt cán có trách nhiệm tổ chức bồi dưỡng lại cho tổ "
                "chuyên môn tại đơn vị trước ngày 15/12/2026 và gửi sản phẩm về Phòng Giáo dục Trung học để "
                "bổ sung vào ngân hàng câu hỏi dùng chung của tỉnh."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/web/sgddt/w/long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11">'
                "Long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></em></p>"
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={
            "when": "12/11/2026 08:30",
            "created": "10/11/2026 16:05",
            "seo": "Tập huấn đổi mới kiểm tra, đánh giá học sinh trung học",
            "desc": "280 giáo viên cốt cán được bồi dưỡng kỹ thuật xây dựng ma trận và biên soạn câu hỏi mới.",
            "byline": "ThS. Lê Thị Hồng Nhung - Phòng GDTrH",
            "poster": "Hoàng Văn Tuấn",
            "tags": ["kiểm tra đánh giá"],
        },
    ),
    Story(
        id=5,
        slug="khanh-thanh-nha-lop-hoc-3-tang-truong-ptdtbt-thcs-sang-moc",
        title="Khánh thành nhà lớp học 3 tầng Trường PTDTBT THCS Sảng Mộc",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T15:45:00+07:00",
        blocks=[
            P(
                "Ngày 29/10/2026, UBND xã Sảng Mộc phối hợp với Trường Phổ thông dân tộc bán trú THCS Sảng "
                "Mộc tổ chức lễ khánh thành và đưa vào sử dụng nhà lớp học 3 tầng với tổng mức đầu tư hơn 9,6 "
                "tỷ đồng.",
                "nfd",
            ),
            P(
                "Công trình gồm 12 phòng học, 2 phòng học bộ môn Khoa học tự nhiên và Tin học cùng hệ thống "
                "nhà vệ sinh, bể nước sạch, được xây dựng từ nguồn vốn Chương trình mục tiêu quốc gia phát "
                "triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
                "nfd",
            ),
            Img(
                photo("khanh-thanh-sang-moc-01.jpg"),
                "Các đại biểu cắt băng khánh thành công trình.",
                "Các đại biểu cắt băng khánh thành công trình.",
                "table",
            ),
            P(
                "Trước đây, nhà trường có 4 lớp phải học nhờ tại phòng thư viện và nhà công vụ giáo viên. Từ "
                "năm học này, toàn bộ 328 học sinh, trong đó có 196 em ở bán trú, đã có đủ phòng học kiên cố.",
                "nfd",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện Sở Giáo dục và Đào tạo đề nghị nhà trường sử dụng hiệu quả cơ "
                "sở vật chất mới, chú trọng dạy tiếng Việt cho học sinh người dân tộc thiểu số và duy trì tỷ "
                "lệ chuyên cần trên 98%.",
                "nfd",
            ),
            Img(
                photo("khanh-thanh-sang-moc-02.jpg"),
                "Nhà lớp học 3 tầng khang trang của nhà trường.",
                "Nhà lớp học 3 tầng khang trang của nhà trường.",
                "next",
            ),
        ],
        authors=["Hà Thanh"],
        source="Báo Thái Nguyên",
        opts={
            "when": "30/10/2026 15:45",
            "created": "30/10/2026 14:58",
            "seo": "Khánh thành nhà lớp học tại xã Sảng Mộc",
            "desc": "Công trình trị giá hơn 9,6 tỷ đồng giúp 328 học sinh vùng cao có đủ phòng học kiên cố.",
            "byline": "Hà Thanh",
            "sourceline": "Nguồn: Báo Thái Nguyên",
            "poster": "Hoàng Văn Tuấn",
            "tags": ["cơ sở vật chất"],
        },
    ),
    Story(
        id=6,
        slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-giao-duc-mam-non",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh giáo dục mầm non năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-16",
        blocks=[
            P(
                "Sau 5 ngày diễn ra sôi nổi, Hội thi giáo viên dạy giỏi cấp tỉnh giáo dục mầm non năm học "
                "2026-2027 đã bế mạc tại Trường Mầm non Hoa Sen với sự tham gia của 164 giáo viên đến từ các "
                "cơ sở giáo dục mầm non trong tỉnh."
            ),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng chăm sóc, "
                "giáo dục trẻ và thực hành tổ chức hoạt động giáo dục trên trẻ tại các nhóm, lớp do Ban tổ chức "
                "bốc thăm."
            ),
            P("Kết quả xếp loại cụ thể như sau:"),
            P("Xếp loại | Số giáo viên | Tỷ lệ", "tr"),
            P("Xuất sắc | 21 | 12,8%", "tr"),
            P("Giỏi | 118 | 72,0%", "tr"),
            P("Chưa đạt | 25 | 15,2%", "tr"),
            P(
                "Nhận xét chung, Ban giám khảo đánh giá các giờ dạy đã bám sát quan điểm lấy trẻ làm trung tâm, "
                "tận dụng nguyên vật liệu địa phương để làm đồ dùng, đồ chơi; nhiều giáo viên vùng cao sử dụng "
                "song ngữ Tày - Việt linh hoạt khi tổ chức hoạt động cho trẻ."
            ),
            Raw(RIGHT.format("Phòng Giáo dục Mầm non")),
        ],
        authors=["Phòng Giáo dục Mầm non"],
        opts={
            "when": "16/10/2026 00:00",
            "created": "15/10/2026 21:14",
            "seo": "Tổng kết Hội thi giáo viên dạy giỏi mầm non cấp tỉnh",
            "desc": "21 giáo viên đạt loại xuất sắc, 118 giáo viên đạt loại giỏi.",
            "poster": "Trần Thị Mai Anh",
            "tags": ["giáo viên dạy giỏi", "mầm non"],
        },
    ),
    Story(
        id=7,
        slug="chuyen-de-day-hoc-theo-dinh-huong-giao-duc-stem-cap-trung-hoc-co-so",
        title="Chuyên đề dạy học theo định hướng giáo dục STEM cấp trung học cơ sở",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-01T16:20:00+07:00",
        blocks=[
            P(
                "Nhằm nâng cao năng lực tổ chức dạy học theo định hướng giáo dục STEM, ngày 28/11/2026, Sở Giáo "
                "dục và Đào tạo tổ chức chuyên đề cấp tỉnh tại Trường THCS Chu Văn An, phường Phan Đình Phùng."
            ),
            P(
                "Tham dự chuyên đề có gần 150 cán bộ quản lý, tổ trưởng chuyên môn và giáo viên các môn Khoa học "
                "tự nhiên, Công nghệ, Toán, Tin học của các trường THCS trong tỉnh."
            ),
            Img(
                photo("stem-chu-van-an-01.jpg"),
                "Học sinh lớp 8 thử nghiệm mô hình hệ thống tưới cây tự động.",
                "Học sinh lớp 8 thử nghiệm mô hình hệ thống tưới cây tự động.",
                "figure",
            ),
            P(
                "Hai tiết dạy minh họa gồm bài học STEM “Thiết kế hệ thống tưới cây tự động” dành cho học sinh "
                "lớp 8 và “Chế tạo máy lọc nước mini” dành cho học sinh lớp 9. Học sinh làm việc theo nhóm, "
                "trải qua đầy đủ quy trình: xác định vấn đề, đề xuất giải pháp, chế tạo, thử nghiệm và chia sẻ "
                "sản phẩm."
            ),
            Raw(
                '<div class="ttct-lienquan-chen" style="border-left:3px solid #0a5ca8;padding-left:10px">'
                "<p><strong>Tin liên quan:</strong></p><ul>"
                '<li><a href="/web/sgddt/w/boi-duong-ky-nang-ung-dung-tri-tue-nhan-tao-trong-thiet-ke-bai-giang'
                '-cho-giao-vien-tieu-hoc">Bồi dưỡng kỹ năng ứng dụng trí tuệ nhân tạo trong thiết kế bài giảng '
                "cho giáo viên tiểu học</a></li>"
                '<li><a href="/web/sgddt/w/sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-lop-10">Sinh '
                "hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn lớp 10</a></li></ul></div>"
            ),
            P(
                "Trong phần thảo luận, các đại biểu tập trung trao đổi về cách lựa chọn chủ đề gắn với thực "
                "tiễn địa phương, cách đánh giá sản phẩm của học sinh và huy động nguồn kinh phí xã hội hóa để "
                "mua sắm vật tư thực hành."
            ),
            Img(photo("stem-chu-van-an-02.jpg"), "Ảnh: Nguyễn Văn Hải", None, "next"),
            P(
                "Phát biểu kết luận, lãnh đạo Phòng Giáo dục Trung học đề nghị mỗi trường THCS xây dựng ít nhất "
                "4 bài học STEM trong năm học, trong đó khuyến khích các chủ đề về nông nghiệp công nghệ cao và "
                "bảo vệ môi trường."
            ),
        ],
        authors=["Nguyễn Văn Hải"],
        photographers=["Nguyễn Văn Hải"],
        opts={
            "when": "01/12/2026 16:20",
            "created": "29/11/2026 08:44",
            "seo": "Chuyên đề giáo dục STEM cấp THCS tại Trường THCS Chu Văn An",
            "desc": "Gần 150 cán bộ quản lý, giáo viên dự hai tiết dạy minh họa bài học STEM lớp 8 và lớp 9.",
            "byline": "Nguyễn Văn Hải (Trường THCS Chu Văn An)",
            "poster": "Hoàng Văn Tuấn",
            "tags": ["STEM"],
        },
    ),
    Story(
        id=8,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-lop-10",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn lớp 10",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25T07:50:00+07:00",
        summary=(
            "Tổ Ngữ văn Trường THPT Lương Ngọc Quyến vừa tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu "
            "bài học với bài “Đọc hiểu văn bản thơ trữ tình hiện đại”, thu hút giáo viên Ngữ văn của 9 trường "
            "THPT cùng tham gia dự giờ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Khác với cách dự giờ truyền thống, người dự không nhận xét về giáo viên mà tập trung quan sát "
                "việc học của từng nhóm học sinh: em nào chưa tham gia, khó khăn nằm ở đâu và vì sao."
            ),
            P(
                "Bài học được cả tổ thiết kế chung trong hai tuần, giáo viên dạy minh họa là cô Nguyễn Thị Lan "
                "Hương. Học sinh lớp 10A3 được giao đọc trước văn bản ở nhà, lên lớp chia sẻ cảm nhận theo kỹ "
                "thuật “khăn trải bàn” rồi tự đặt câu hỏi cho nhóm bạn."
            ),
            Img(
                photo("nghien-cuu-bai-hoc-ngu-van.jpg"),
                "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 10A3.",
                "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 10A3.",
                "table",
            ),
            P(
                "Trong phần thảo luận sau giờ dạy, nhiều ý kiến cho rằng thời gian dành cho hoạt động viết "
                "đoạn văn còn ít; nên giảm bớt câu hỏi gợi mở ở phần khởi động để học sinh có thêm thời gian "
                "luyện viết."
            ),
            P(
                "Theo đánh giá của chuyên viên Sở, mô hình nghiên cứu bài học giúp giáo viên thay đổi cách nhìn "
                "về giờ dạy, chuyển từ “dạy cho hết bài” sang “dạy để học sinh thực sự học”. Sở sẽ nhân rộng "
                "cách làm này tới các trường THPT trong học kỳ II."
            ),
        ],
        authors=["Đào Thị Phương Thảo"],
        opts={
            "when": "25/11/2026 07:50",
            "created": "24/11/2026 20:31",
            "seo": "Nghiên cứu bài học môn Ngữ văn tại THPT Lương Ngọc Quyến",
            "desc": "Giáo viên Ngữ văn của 9 trường THPT dự giờ theo mô hình nghiên cứu bài học.",
            "byline": "CN. Đào Thị Phương Thảo, Tổ Ngữ văn",
            "poster": "Hoàng Văn Tuấn",
            "tags": ["nghiên cứu bài học", "Ngữ văn"],
        },
    ),
    Story(
        id=9,
        slug="boi-duong-ky-nang-ung-dung-tri-tue-nhan-tao-trong-thiet-ke-bai-giang-cho-giao-vien-tieu-hoc",
        title="Bồi dưỡng kỹ năng ứng dụng trí tuệ nhân tạo trong thiết kế bài giảng cho giáo viên tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-18T13:40:00+07:00",
        blocks=[
            P(
                "Từ ngày 14 đến ngày 16/11/2026, Sở Giáo dục và Đào tạo tổ chức 3 lớp bồi dưỡng trực tiếp về "
                "ứng dụng trí tuệ nhân tạo (AI) trong thiết kế bài giảng cho 420 giáo viên tiểu học."
            ),
            P(
                "Giáo viên được hướng dẫn sử dụng các công cụ AI để gợi ý ý tưởng hoạt động, tạo tranh minh họa, "
                "phiếu học tập phân hóa và câu hỏi luyện tập; đồng thời được lưu ý về bản quyền, bảo vệ dữ liệu "
                "cá nhân của học sinh và việc kiểm chứng thông tin do AI tạo ra."
            ),
            Img(
                photo("boi-duong-ai-tieu-hoc.jpg"),
                "(Giáo viên thực hành thiết kế phiếu học tập với sự hỗ trợ của AI)",
                "Giáo viên thực hành thiết kế phiếu học tập với sự hỗ trợ của AI",
                "next",
            ),
            P(
                "Báo cáo viên lưu ý: AI chỉ là trợ lý, giáo viên vẫn là người quyết định mục tiêu, nội dung và "
                "phương pháp của bài học. Mọi sản phẩm do AI tạo ra cần được giáo viên đọc, chỉnh sửa cho phù "
                "hợp với học sinh của lớp mình."
            ),
            P(
                "Kết thúc khóa học, mỗi học viên nộp một kế hoạch bài dạy có ứng dụng AI. Những sản phẩm tốt sẽ "
                "được chọn đưa lên kho học liệu số của ngành."
            ),
            Raw(RIGHT.format("BBT")),
        ],
        opts={
            "when": "18/11/2026 13:40",
            "created": "17/11/2026 09:05",
            "seo": "Ứng dụng AI trong thiết kế bài giảng tiểu học",
            "desc": "420 giáo viên tiểu học được hướng dẫn dùng công cụ AI một cách an toàn, có trách nhiệm.",
            "poster": "Hoàng Văn Tuấn",
            "tags": ["trí tuệ nhân tạo", "tiểu học"],
        },
    ),
    Story(
        id=10,
        slug="kiem-tra-chuyen-de-giao-duc-hoa-nhap-hoc-sinh-khuyet-tat-tai-cac-truong-tieu-hoc-vung-cao",
        title="Kiểm tra chuyên đề giáo dục hòa nhập học sinh khuyết tật tại các trường tiểu học vùng cao",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-08T10:10:00+07:00",
        blocks=[
            P(
                "Từ ngày 03 đến ngày 07/11/2026, đoàn kiểm tra của Sở Giáo dục và Đào tạo đã làm việc tại 8 "
                "trường tiểu học thuộc các xã vùng cao phía Bắc của tỉnh về công tác giáo dục hòa nhập học sinh "
                "khuyết tật."
            ),
            P(
                "Qua kiểm tra, các trường đã lập hồ sơ theo dõi và kế hoạch giáo dục cá nhân cho 94 học sinh "
                "khuyết tật học hòa nhập. Nhiều giáo viên chủ động điều chỉnh nội dung, yêu cầu cần đạt để phù "
                "hợp với khả năng của từng em."
            ),
            Img(
                photo("hoa-nhap-vung-cao.jpg"),
                "Giờ học hòa nhập tại một điểm trường vùng cao.",
                "Giờ học hòa nhập tại một điểm trường vùng cao.",
                "figure",
            ),
            P(
                "Tuy nhiên, đoàn cũng chỉ ra một số hạn chế: đồ dùng hỗ trợ học sinh khiếm thị, khiếm thính còn "
                "thiếu; một số kế hoạch giáo dục cá nhân chưa được cập nhật sau mỗi học kỳ; sự phối hợp với cha "
                "mẹ học sinh có nơi chưa thường xuyên."
            ),
            P(
                "Đoàn đề nghị các nhà trường cử giáo viên tham gia lớp bồi dưỡng về giáo dục hòa nhập do Sở tổ "
                "chức trong tháng 12 và rà soát, bổ sung hồ sơ trước ngày 30/12/2026."
            ),
        ],
        authors=["Phòng Giáo dục Tiểu học"],
        opts={
            "when": "08/11/2026 10:10",
            "created": "07/11/2026 17:22",
            "seo": "Kiểm tra giáo dục hòa nhập tại trường tiểu học vùng cao",
            "desc": "94 học sinh khuyết tật học hòa nhập đã có kế hoạch giáo dục cá nhân.",
            "byline": "Phòng Giáo dục Tiểu học",
            "poster": "Trần Thị Mai Anh",
            "tags": ["giáo dục hòa nhập"],
        },
    ),
    Story(
        id=11,
        slug="thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-2026-cua-lanh-dao-so",
        title="Thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Lãnh đạo Sở Giáo dục và Đào tạo",
        cat="thong-bao",
        published_at="2026-12-04T10:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của UBND tỉnh, Sở Giáo dục và Đào tạo "
                "thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Lãnh đạo Sở như sau:"
            ),
            P("Thời gian | Người tiếp | Địa điểm", "tr"),
            P("Thứ Năm, 10/12/2026 | Giám đốc Sở | Phòng tiếp công dân, tầng 1", "tr"),
            P("Thứ Năm, 24/12/2026 | Phó Giám đốc Sở | Phòng tiếp công dân, tầng 1", "tr"),
            P(
                "Công dân đến liên hệ cần mang theo giấy tờ tùy thân và tài liệu liên quan đến nội dung đề "
                "nghị, khiếu nại, tố cáo. Trường hợp thay đổi lịch, Văn phòng Sở sẽ thông báo trên Cổng thông "
                "tin điện tử của Sở."
            ),
            Raw(RIGHT.format("Văn phòng Sở")),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": "04/12/2026 10:30",
            "created": "04/12/2026 08:12",
            "seo": "Lịch tiếp công dân tháng 12/2026",
            "desc": "Lãnh đạo Sở tiếp công dân định kỳ vào các ngày 10 và 24/12/2026.",
            "poster": "Trần Thị Mai Anh",
            "tags": ["tiếp công dân"],
        },
    ),
    Story(
        id=12,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026-vong-2",
        title="Thông báo kết quả xét tuyển viên chức giáo dục năm 2026 (vòng 2)",
        cat="thong-bao",
        published_at="2026-11-26T16:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kết quả kiểm tra, sát hạch vòng 2 do Hội đồng xét tuyển tổ chức từ ngày 16 đến ngày "
                "20/11/2026, Sở Giáo dục và Đào tạo thông báo kết quả xét tuyển viên chức làm việc tại các "
                "trường THPT, trung tâm giáo dục thường xuyên trực thuộc Sở năm 2026."
            ),
            P(
                "Tổng số thí sinh tham dự vòng 2 là 367 người; số thí sinh đủ điều kiện trúng tuyển là 152 người "
                "ở 21 vị trí việc làm. Danh sách chi tiết được đăng kèm thông báo này."
            ),
            P(
                "Thí sinh có nhu cầu phúc khảo gửi đơn về Văn phòng Sở (bộ phận Tổ chức cán bộ) trong thời hạn "
                "10 ngày kể từ ngày thông báo. Không giải quyết phúc khảo đối với đơn gửi qua thư điện tử."
            ),
            P(
                "Thí sinh trúng tuyển hoàn thiện hồ sơ theo hướng dẫn và có mặt tại Sở để nhận quyết định tuyển "
                "dụng vào ngày 15/12/2026."
            ),
        ],
        opts={
            "when": "26/11/2026 16:00",
            "created": "26/11/2026 15:31",
            "seo": "Kết quả xét tuyển viên chức giáo dục 2026 vòng 2",
            "desc": "152 thí sinh trúng tuyển ở 21 vị trí việc làm.",
            "poster": "Trần Thị Mai Anh",
            "files": [("Danh sách kết quả xét tuyển vòng 2", "ket-qua-xet-tuyen-vc-2026-vong-2.pdf", "312 KB")],
            "tags": ["tuyển dụng"],
        },
    ),
    Story(
        id=13,
        slug="thong-bao-to-chuc-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
        title=(
            "Thông báo tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học "
            "2026-2027"
        ),
        cat="thong-bao",
        published_at="2026-11-10T09:00:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học "
                "sinh trung học năm học 2026-2027 nhằm tuyển chọn dự án tham dự cuộc thi cấp quốc gia."
            ),
            P("Đối tượng dự thi", "h"),
            P("Học sinh đang học lớp 8, lớp 9 tại các trường THCS, trường phổ thông có nhiều cấp học;", "li"),
            P("Học sinh đang học từ lớp 10 đến lớp 12 tại các trường THPT, trung tâm GDNN-GDTX.", "li"),
            P("Thời gian, địa điểm", "h"),
            P(
                "Các đơn vị gửi hồ sơ dự án về Phòng Giáo dục Trung học trước ngày 20/12/2026. Vòng chung khảo "
                "dự kiến tổ chức vào tháng 01/2027 tại Trường THPT Chuyên Thái Nguyên."
            ),
            Raw(
                '<p>Tải về: <a href="'
                + document("ke-hoach-2415-kh-sgddt.pdf")
                + '">Kế hoạch số 2415/KH-SGDĐT</a> (PDF, 245 KB)</p>'
            ),
            Raw(RIGHT.format("Phòng Giáo dục Trung học")),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "when": "10/11/2026 09:00",
            "created": "09/11/2026 16:48",
            "seo": "Cuộc thi khoa học kỹ thuật cấp tỉnh năm học 2026-2027",
            "desc": "Hạn gửi hồ sơ dự án trước ngày 20/12/2026.",
            "poster": "Trần Thị Mai Anh",
            "tags": ["khoa học kỹ thuật"],
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["when"], "%d/%m/%Y %H:%M")


def entry_id(story: Story) -> int:
    return 1807300 + story.id * 13


def article_pk(story: Story) -> int:
    return 1807200 + story.id * 13


def in_cat(slug: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == slug), key=_when, reverse=True)


# --- URLs -------------------------------------------------------------------------------------


def cat_path(slug: str) -> str:
    return f"{SITE}/{slug}"


def page_target(slug: str, cur: int) -> str:
    """The paginator's link to page ``cur`` (page 1 has its own ``_cur=1`` twin)."""
    _, inst, delta, _ = CATS[slug]
    pid = AP + inst
    return (
        f"{cat_path(slug)}?p_p_id={pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_{pid}_delta={delta}&p_r_p_resetCur=false&_{pid}_cur={cur}"
    )


def ap_path(story: Story) -> str:
    inst = CATS[story.cat][1]
    return f"{cat_path(story.cat)}/-/asset_publisher/{inst}/content/{story.slug}"


def ap_link(story: Story, listing_target: str) -> str:
    """The abstract's link: assetEntryId plus the listing's own URL echoed as ``redirect``."""
    pid = AP + CATS[story.cat][1]
    return (
        f"{ap_path(story)}?_{pid}_assetEntryId={entry_id(story)}"
        f"&_{pid}_redirect={quote(listing_target, safe='')}"
    )


def print_link(story: Story) -> str:
    pid = AP + CATS[story.cat][1]
    return f"{ap_path(story)}?p_p_state=pop_up&_{pid}_viewMode=print&_{pid}_languageId=vi_VN"


def w_path(story: Story) -> str:
    return f"{SITE}/w/{story.slug}"


def dash_path(story: Story) -> str:
    return f"{SITE}/-/{story.slug}"


def pages_of(slug: str) -> list[list[Story]]:
    delta = CATS[slug][2]
    items = in_cat(slug)
    return [items[i : i + delta] for i in range(0, len(items), delta)]


def listing_targets(story: Story) -> list[str]:
    """Every listing URL a crawler can reach that shows ``story`` (bare page 1 and the _cur twins)."""
    out = []
    for n, page in enumerate(pages_of(story.cat), start=1):
        if story in page:
            if n == 1:
                out.append(cat_path(story.cat))
            if len(pages_of(story.cat)) > 1:
                out.append(page_target(story.cat, n))
    return out


def _page_two_only() -> set[int]:
    return {s.id for s in STORIES if cat_path(s.cat) not in listing_targets(s)}


PAGE_TWO_ONLY = _page_two_only()
#: the home page's collections and the sidebars name only stories of the first listing pages
HOME_NEWEST = [s for s in sorted(STORIES, key=_when, reverse=True) if s.id not in PAGE_TWO_ONLY][:6]
HOME_SLIDER = [BY_ID[1], BY_ID[2], BY_ID[3]]
MOST_READ = [BY_ID[3], BY_ID[4], BY_ID[9], BY_ID[13], BY_ID[1]]


def related(story: Story) -> list[Story]:
    return [s for s in in_cat(story.cat) if s is not story and s.id not in PAGE_TWO_ONLY][:3]


# --- small printers ---------------------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def short_date(story: Story) -> str:
    return _when(story).strftime("%d/%m/%y")


def day_only(story: Story) -> str:
    return _when(story).strftime("%d/%m/%Y")


def long_date(story: Story) -> str:
    d = _when(story)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}"


def icon(name: str) -> str:
    return (
        f'<svg class="lexicon-icon lexicon-icon-{name}" focusable="false" role="presentation" '
        f'viewBox="0 0 512 512"><use href="{THEME}/images/clay/icons.svg#{name}"></use></svg>'
    )


def thumb(story: Story) -> str:
    return f"/image/journal/article?img_id={article_pk(story) + 3}&t={_stamp(story.slug)}"


def picture(src: str, alt: str = "") -> str:
    """Adaptive Media's <picture>: two resized <source>s and the original as <img src>."""
    fid = file_entry_id(src)
    fname = src.split("/")[4]
    t = src.rsplit("?t=", 1)[1]
    return (
        f'<picture data-fileentryid="{fid}">'
        f'<source media="(max-width:300px)" srcset="/o/adaptive-media/image/{fid}/Thumbnail-300x300/{fname}?t={t}" />'
        f'<source media="(max-width:1000px) and (min-width:300px)" '
        f'srcset="/o/adaptive-media/image/{fid}/Preview-1000x0/{fname}?t={t}" />'
        f'<img alt="{esc(alt)}" data-fileentryid="{fid}" src="{esc(src)}" /></picture>'
    )


# --- the article's text as the editor (CKEditor 4 in Liferay 7.4) stored it ----------------------


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="margin-left:20px">' + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "td"
                rows.append(
                    "<tr>"
                    + "".join(
                        f'<{tag} style="border:1px solid #999;padding:4px">'
                        + (f"<strong>{text(c)}</strong>" if not rows else text(c))
                        + f"</{tag}>"
                        for c in cells
                    )
                    + "</tr>"
                )
                i += 1
            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width:100%;border-collapse:collapse">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        else:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            body = text(b.text, nfd=b.style == "nfd")
            if isinstance(nxt, P) and nxt.style == "brjoin":
                body += "<br />\n" + text(nxt.text)
                i += 1
            if b.style == "h":
                out.append(f"<h3><strong>{body}</strong></h3>")
            elif b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{body}</strong></p>')
            elif b.style == "q":
                out.append(f"<blockquote><p><em>{body}</em></p></blockquote>")
            else:
                out.append(f'<p style="text-align: justify;">{body}</p>')
        i += 1
    return "\n".join(out)


def render_img(img: Img) -> str:
    if img.style == "figure":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return f'<figure class="image" style="text-align:center">{picture(img.src)}{cap}</figure>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%">'
            f'<tbody><tr><td style="text-align:center">{picture(img.src)}</td></tr>'
            f'<tr><td style="text-align:center"><em><span style="font-size:12px">{esc(img.printed or "")}'
            "</span></em></td></tr></tbody></table>"
        )
    if img.style == "next":
        return (
            f'<p style="text-align:center">{picture(img.src)}</p>\n'
            f'<p style="text-align:center"><em>{esc(img.printed or "")}</em></p>'
        )
    return f'<p style="text-align:center">{picture(img.src)}</p>'


def render_template(story: Story) -> str:
    """The vendor's FreeMarker template "TN - Tin chi tiết" over the structure's fields."""
    o = story.opts
    parts = [
        '<div class="ttct-khung">',
        '<div class="ttct-tg">'
        f'<span class="ttct-ngaytao">{icon("time")} Ngày tạo: {o["created"]}</span>'
        '<span class="ttct-gach"> | </span>'
        f'<span class="ttct-ngaydang">{icon("calendar")} Ngày đăng: {o["when"]}</span></div>',
    ]
    if story.sapo_outside and story.summary:
        parts.append(f'<div class="ttct-tomtat"><p><strong>{text(story.summary)}</strong></p></div>')
    parts.append(f'<div class="ttct-noidung">\n{render_blocks(story)}\n</div>')
    if o.get("byline"):
        parts.append(f'<div class="ttct-tacgia" style="text-align:right"><strong>{esc(o["byline"])}</strong></div>')
    if o.get("sourceline"):
        parts.append(f'<div class="ttct-nguon" style="text-align:right"><em>{esc(o["sourceline"])}</em></div>')
    parts.append(render_files(story))
    parts.append("</div>")
    return "\n".join(parts)


def render_files(story: Story) -> str:
    files = story.opts.get("files") or []
    if not files:
        return ""
    items = "".join(
        f'<li>{icon("document-pdf")} <a href="{esc(document(f))}" target="_blank">{esc(label)}</a> '
        f'<span class="text-muted">({size})</span></li>'
        for label, f, size in files
    )
    return f'<div class="ttct-dinhkem"><span class="ttct-dk-nhan">Tài liệu đính kèm:</span><ul>{items}</ul></div>'


# --- chrome -------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", f"{SITE}/trang-chu", []),
    ("Giới thiệu", f"{SITE}/gioi-thieu", []),
    ("Tin tức", None, [(CATS[s][0], cat_path(s)) for s in CATS]),
    ("Văn bản chỉ đạo", f"{SITE}/van-ban-chi-dao", []),
    ("Thư viện", None, [("Thư viện ảnh", f"{SITE}/thu-vien-anh"), ("Video", f"{SITE}/video")]),
    ("Liên hệ", f"{SITE}/lien-he", []),
]

PLIDS = {
    "trang-chu": 1804240,
    "gioi-thieu": 1804244,
    "van-ban-chi-dao": 1804281,
    "thu-vien-anh": 1804290,
    "video": 1804293,
    "lien-he": 1804299,
    "w": 1804310,
    "search": 1804302,
}


def head(request: Request, title: str, *, canonical: str, desc: str = "", og_title: str = "", plid: int = 0) -> str:
    base = base_url(request)
    og = og_title or title
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{f'<meta content="{esc(desc)}" lang="vi-VN" name="description" />' if desc else ""}
<link data-senna-track="temporary" href="{THEME}/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="{base}{esc(canonical)}" rel="canonical" />
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="{esc(SITE_NAME)}">
<meta property="og:title" content="{esc(og)}">
<meta property="og:type" content="website">
<meta property="og:url" content="{base}{esc(canonical)}">
<link class="lfr-css-file" data-senna-track="temporary" href="{THEME}/css/clay.css?browserId=other&amp;themeId=tnsgddttheme_WAR_tnsgddttheme&amp;languageId=vi_VN&amp;t=1731312000000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link href="{THEME}/css/main.css?browserId=other&amp;themeId=tnsgddttheme_WAR_tnsgddttheme&amp;t=1731312000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.ThemeDisplay = {{getLayoutId: function() {{return "{plid % 1000}";}}, getPlid: function() {{return "{plid}";}},
getScopeGroupId: function() {{return "{GROUP_ID}";}}, getLanguageId: function() {{return "vi_VN";}},
getPathThemeImages: function() {{return "{THEME}/images";}}, isSignedIn: function() {{return false;}}}};
// ]]>
</script>
<script data-senna-track="permanent" src="/o/frontend-js-web/liferay/global.bundle.js" type="text/javascript"></script>
</head>
"""


def banner(plid: int, current: str) -> str:
    items = []
    for name, href, kids in MENU:
        active = " selected active" if href == current or any(h == current for _, h in kids) else ""
        if kids:
            sub = "".join(
                f'<li class="lfr-nav-item" role="presentation"><a class="dropdown-item" href="{h}" role="menuitem">'
                f"{esc(n)}</a></li>"
                for n, h in kids
            )
            items.append(
                f'<li class="lfr-nav-item dropdown{active}" role="presentation">'
                f'<a aria-haspopup="true" class="dropdown-toggle" href="javascript:void(0);" role="menuitem">'
                f'<span>{esc(name)}</span> {icon("caret-bottom")}</a>'
                f'<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li class="lfr-nav-item{active}" role="presentation"><a href="{href}" role="menuitem">'
                f"<span>{esc(name)}</span></a></li>"
            )
    lang_back = quote(current, safe="")
    return f"""<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<div class="tn-thanh-tren">
 <div class="container">
  <span class="tn-ngayht">{icon("calendar")} {HEADER_TODAY}</span>
  <div class="tn-ngonngu portlet-language">
   <form action="/c/portal/update_language" method="get" name="_com_liferay_site_navigation_language_web_portlet_SiteNavigationLanguagePortlet_fm">
    <input name="p_l_id" type="hidden" value="{plid}" />
    <input name="redirect" type="hidden" value="{esc(current)}" />
    <label class="hide-accessible" for="lang">Ngôn ngữ</label>
    <select class="form-control" id="lang" name="languageId" onchange="submitForm(document._com_liferay_site_navigation_language_web_portlet_SiteNavigationLanguagePortlet_fm);">
     <option selected value="vi_VN">Tiếng Việt</option>
     <option value="en_US" data-url="/c/portal/update_language?p_l_id={plid}&amp;redirect={lang_back}&amp;languageId=en_US">English</option>
    </select>
   </form>
  </div>
  <form action="{SITE}/search" class="tn-timkiem" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" /><button type="submit">{icon("search")}<span class="hide-accessible">Tìm</span></button></form>
 </div>
</div>
<header id="banner" role="banner">
 <div class="tn-logo container">
  <a class="logo custom-logo" href="{SITE}" title="Đi tới {esc(SITE_NAME)}">
   <img alt="{esc(SITE_NAME)}" height="90" src="/image/layout_set_logo?img_id=1804233&amp;t=1731312000000" width="90" />
  </a>
  <h1 class="tn-tendv"><span class="tn-capTren">UBND TỈNH THÁI NGUYÊN</span><br />SỞ GIÁO DỤC VÀ ĐÀO TẠO</h1>
 </div>
 <nav class="sort-pages modify-pages tn-menungang" id="navigation" role="navigation">
  <ul aria-label="Trang web" class="nav navbar-nav" role="menubar">{"".join(items)}</ul>
 </nav>
</header>
"""


def breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    lis = []
    for n, (name, href) in enumerate(crumbs):
        last = n == len(crumbs) - 1
        if href and not last:
            lis.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(href)}" title="{esc(name)}">'
                f'<span class="breadcrumb-text-truncate">{esc(name)}</span></a></li>'
            )
        else:
            cls = "active breadcrumb-item" if last else "breadcrumb-item"
            lis.append(f'<li class="{cls}"><span class="breadcrumb-text-truncate">{esc(name)}</span></li>')
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_'
        'SiteNavigationBreadcrumbPortlet_ portlet-static portlet-barebone" '
        'id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_tnbc_">'
        '<nav aria-label="Breadcrumb" class="tn-duongdan"><ol class="breadcrumb">'
        + "".join(lis)
        + "</ol></nav></div>"
    )


def sidebar() -> str:
    most = "".join(
        f'<li class="title-list"><a href="{w_path(s)}">{esc(s.title)}</a>'
        f' <span class="tn-luotxem">({vn_int(s.views() * 7)} lượt xem)</span></li>'
        for s in MOST_READ
    )
    return f"""<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
 <div class="portlet-boundary portlet-asset-publisher tn-khoiphai" id="p_p_id_{AP}mR5tZc0dHq1W_">
  <section class="portlet"><div class="portlet-content">
   <div class="autofit-float autofit-row portlet-header"><h2 class="portlet-title-text">Tin đọc nhiều</h2></div>
   <div class="portlet-body"><ul class="title-list">{most}</ul></div>
  </div></section>
 </div>
 <div class="portlet-boundary tn-khoiphai tn-lienket">
  <section class="portlet"><div class="portlet-content">
   <h2 class="portlet-title-text">Liên kết website</h2>
   <select class="form-control" onchange="window.open(this.value)">
    <option value="">-- Chọn liên kết --</option>
    <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
    <option value="https://thainguyen.gov.vn">Cổng TTĐT tỉnh Thái Nguyên</option>
    <option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
   </select>
   <a href="https://dichvucong.thainguyen.gov.vn" rel="noopener" target="_blank"><img alt="Dịch vụ công trực tuyến" src="{THEME}/images/banner-dvc.png" /></a>
  </div></section>
 </div>
 <div class="portlet-boundary tn-khoiphai tn-binhchon">
  <section class="portlet"><div class="portlet-content">
   <h2 class="portlet-title-text">Thăm dò ý kiến</h2>
   <form action="{SITE}/trang-chu?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_tnpoll&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_tnpoll_javax.portlet.action=%2Fpolls_display%2Fedit_question" method="post">
    <p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử Sở?</p>
    <label><input name="choiceId" type="radio" value="1" /> Đẹp, dễ sử dụng</label>
    <label><input name="choiceId" type="radio" value="2" /> Bình thường</label>
    <label><input name="choiceId" type="radio" value="3" /> Khó tìm thông tin</label>
    <button class="btn btn-primary btn-sm" type="submit">Biểu quyết</button>
   </form>
  </div></section>
 </div>
 <div class="portlet-boundary tn-khoiphai tn-thongke">
  <section class="portlet"><div class="portlet-content">
   <h2 class="portlet-title-text">Thống kê truy cập</h2>
   <ul class="list-unstyled"><li>Đang online: <strong>37</strong></li><li>Hôm nay: <strong>1.205</strong></li>
   <li>Tổng truy cập: <strong>2.846.119</strong></li></ul>
  </div></section>
 </div>
</div>
</div>"""


def footer() -> str:
    return f"""<footer id="footer" role="contentinfo">
 <div class="tn-chantrang container">
  <p class="tn-ct-ten"><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THÁI NGUYÊN</strong></p>
  <p>Cơ quan chủ quản: {esc(SITE_NAME)}</p>
  <p>Địa chỉ: Số 30, đường Quang Trung, phường Phan Đình Phùng, tỉnh Thái Nguyên</p>
  <p>Điện thoại: 0208.3855.512 - Fax: 0208.3856.047 - Email: sgddt@thainguyen.gov.vn</p>
  <p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
  <p>Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 06/3/2023.</p>
  <p class="tn-ct-banquyen">© 2026 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Thái Nguyên. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <p class="powered-by">Powered By <a href="https://www.liferay.com" rel="external">Liferay</a></p>
 </div>
</footer>
</div>
</div>
<script type="text/javascript">// <![CDATA[
Liferay.Portlet.runtimePortletIds = ["com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_tnbc"];
// ]]></script>
</body>
</html>"""


def page(request: Request, *, title: str, canonical: str, plid: int, current: str, crumbs, main: str,
         desc: str = "", og_title: str = "") -> Response:
    body = (
        head(request, title, canonical=canonical, desc=desc, og_title=og_title, plid=plid)
        + banner(plid, current)
        + '<section class="container" id="content">\n'
        + breadcrumb(crumbs)
        + '\n<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">'
        + '<div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
        + '<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">'
        + main
        + "</div></div>\n"
        + sidebar()
        + "</div></div>\n</section>\n"
        + footer()
    )
    return html(body)


def portlet(pid: str, title: str, inner: str, extra_cls: str = "") -> str:
    base_cls = pid.split("_INSTANCE_")[0] + "_"
    return (
        f'<div class="portlet-boundary portlet-boundary_{base_cls} portlet-static portlet-static-end '
        f'portlet-decorate {extra_cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><div class="portlet-content">'
        f'<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
        f'<h2 class="portlet-title-text">{esc(title)}</h2></div></div>'
        f'<div class=" portlet-content-container"><div class="portlet-body">{inner}</div></div>'
        "</div></section></div>"
    )


# --- pages --------------------------------------------------------------------------------------


def abstract(story: Story, listing_target: str) -> str:
    url = esc(ap_link(story, listing_target))
    return f"""<div class="asset-abstract tn-tomtat-tin">
 <div class="float-right lfr-meta-actions asset-actions"></div>
 <h3 class="asset-title"><a href="{url}">{esc(story.title)}</a></h3>
 <div class="asset-content">
  <div class="asset-summary">
   <div class="float-left asset-small-image"><a href="{url}"><img alt="" class="asset-small-image img-thumbnail" src="{esc(thumb(story))}" width="180" /></a></div>
   {esc(story.opts["desc"])}
  </div>
  <div class="asset-more"><a href="{url}">Xem thêm<span class="hide-accessible"> về {esc(story.title)}</span> »</a></div>
 </div>
 <div class="asset-metadata">
  <span class="metadata-entry metadata-publish-date">{icon("calendar")} {short_date(story)}</span>
  <span class="metadata-entry metadata-view-count">{vn_int(story.views())} Lượt xem</span>
 </div>
</div>"""


def listing(request: Request, slug: str) -> Response:
    name, inst, delta, plid = CATS[slug]
    pid = AP + inst
    params = request.params
    try:
        cur = int(params.get(f"_{pid}_cur", "1"))
    except ValueError:
        cur = 1
    pages = pages_of(slug)
    chunk = pages[cur - 1] if 1 <= cur <= len(pages) else []
    total = len(in_cat(slug))
    if chunk:
        entries = "\n".join(abstract(s, request.target) for s in chunk)
        first = (cur - 1) * delta + 1
        results = f"Hiển thị {first} đến {first + len(chunk) - 1} của {total} kết quả."
    else:
        entries = '<div class="alert alert-info">Không có kết quả nào.</div>'
        results = ""
    bar = ""
    if len(pages) > 1:
        lis = []
        if cur > 1:
            lis.append(f'<li class="page-item"><a class="page-link" href="{esc(page_target(slug, cur - 1))}">‹<span class="hide-accessible">Trang trước</span></a></li>')
        else:
            lis.append('<li class="page-item disabled"><a class="page-link" href="javascript:;" tabindex="-1">‹</a></li>')
        for n in range(1, len(pages) + 1):
            active = " active" if n == cur else ""
            lis.append(f'<li class="page-item{active}"><a class="page-link" href="{esc(page_target(slug, n))}">{n}</a></li>')
        if cur < len(pages):
            lis.append(f'<li class="page-item"><a class="page-link" href="{esc(page_target(slug, cur + 1))}">›<span class="hide-accessible">Trang sau</span></a></li>')
        else:
            lis.append('<li class="page-item disabled"><a class="page-link" href="javascript:;" tabindex="-1">›</a></li>')
        bar = f'<div class="pagination-bar"><ul class="pagination">{"".join(lis)}</ul></div>'
    inner = (
        f'<div class="taglib-header tn-ds-tin">{entries}</div>\n'
        f'<div class="search-results tn-ds-ketqua">{results}</div>\n{bar}'
    )
    main = portlet(pid, name, inner, "portlet-asset-publisher")
    return page(
        request,
        title=f"{name} - {SITE_NAME}",
        canonical=cat_path(slug),
        plid=plid,
        current=cat_path(slug),
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), ("Tin tức", None), (name, cat_path(slug))],
        main=main,
    )


def share_bar(request: Request, story: Story) -> str:
    shared = quote(base_url(request) + dash_path(story), safe="")
    pid = AP + CATS[story.cat][1]
    return f"""<div class="asset-social-bookmarks tn-chiase">
 <span class="tn-chiase-nhan">Chia sẻ:</span>
 <ul class="list-inline social-bookmarks">
  <li class="list-inline-item"><a class="lfr-portal-tooltip" href="https://www.facebook.com/sharer/sharer.php?u={shared}" rel="noopener" target="_blank" title="Facebook">{icon("social-facebook")}<span class="hide-accessible">Facebook</span></a></li>
  <li class="list-inline-item"><a class="lfr-portal-tooltip" href="https://twitter.com/intent/tweet?text={quote(story.title)}&amp;url={shared}" rel="noopener" target="_blank" title="X">{icon("twitter")}<span class="hide-accessible">X</span></a></li>
  <li class="list-inline-item"><a class="lfr-portal-tooltip" href="https://sp.zalo.me/share_inline?url={shared}" rel="noopener" target="_blank" title="Zalo"><img alt="Zalo" src="{THEME}/images/zalo.png" /></a></li>
  <li class="list-inline-item"><a href="javascript:void(0);" onclick="_{pid}_printPage_{story.id}();" title="In bài viết">{icon("print")}<span class="taglib-text">In</span></a></li>
  <li class="list-inline-item"><a href="mailto:?subject={quote(story.title)}&amp;body={shared}" title="Gửi email">{icon("envelope-closed")}<span class="taglib-text">Gửi email</span></a></li>
 </ul>
 <script type="text/javascript">function _{pid}_printPage_{story.id}() {{ window.open('{esc(print_link(story))}', '', 'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640'); }}</script>
</div>"""


def related_block(story: Story, cls: str) -> str:
    items = "".join(
        f'<li class="asset-links-list-item"><a class="asset-title" href="{w_path(s)}">{esc(s.title)}</a>'
        f' <span class="tn-ngay-lq">({day_only(s)})</span></li>'
        for s in related(story)
    )
    return (
        f'<div class="{cls}"><h2 class="asset-links-title h5">{icon("link")} Tin liên quan</h2>'
        f'<ul class="asset-links-list list-unstyled">{items}</ul></div>'
    )


def ratings(story: Story) -> str:
    stars = "".join(f'<span class="rating-element">{icon("star" if n < 4 else "star-o")}</span>' for n in range(5))
    return (
        f'<div class="asset-ratings mb-3"><div class="taglib-ratings stars" id="ratings_{entry_id(story)}">'
        f'<span class="tn-danhgia-nhan">Đánh giá bài viết:</span> {stars}'
        f'<span class="hide-accessible">Đánh giá trung bình: 4,0 sao trên 5</span> <span class="text-muted">(3 phiếu)</span></div></div>'
    )


def taxonomy(story: Story) -> str:
    tags = " ".join(f'<span class="badge badge-light tn-tukhoa">{esc(t)}</span>' for t in story.opts.get("tags", []))
    return (
        f'<div class="asset-categories mb-2"><span class="taglib-asset-categories-summary">'
        f'<span class="asset-vocabulary">Chuyên mục:</span> <span class="badge badge-secondary">{esc(CATS[story.cat][0])}</span></span></div>'
        f'<div class="asset-tags mb-2"><span class="taglib-asset-tags-summary">Từ khóa: {tags}</span></div>'
    )


def comments(story: Story) -> str:
    return f"""<section class="lfr-discussion tn-binhluan">
 <h4 class="h5">Bình luận (0)</h4>
 <div class="taglib-discussion"><p class="text-secondary">Chưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.</p>
 <form action="/c/portal/comment/discussion/edit?p_l_id={CATS[story.cat][3]}" method="post" name="_com_liferay_comment_page_comments_web_portlet_PageCommentsPortlet_fm{entry_id(story)}">
  <input name="className" type="hidden" value="com.liferay.journal.model.JournalArticle" /><input name="classPK" type="hidden" value="{article_pk(story)}" />
  <textarea name="body" placeholder="Nhập nội dung bình luận..."></textarea>
  <input name="ten" placeholder="Họ và tên" type="text" /><button class="btn btn-primary" type="submit">Gửi bình luận</button>
 </form></div>
</section>"""


def full_content(request: Request, story: Story, back: str) -> str:
    o = story.opts
    return f"""<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title" data-fragments-editor-item-id="{article_pk(story)}" data-fragments-editor-item-type="fragments-editor-mapped-item">
 <div class="d-flex"><div class="autofit-col autofit-col-expand">
  <h4 class="component-title"><a class="header-back-to lfr-portal-tooltip" href="{esc(back)}" title="Quay lại">{icon("angle-left")}<span class="hide-accessible">Quay lại</span></a>
  <span class="asset-title d-inline">{esc(story.title)}</span></h4>
 </div><div class="autofit-col visible-interaction"></div></div>
 <span class="asset-anchor lfr-asset-anchor" id="{entry_id(story)}"></span>
 <div class="asset-content mb-3">
  <div class="journal-content-article" data-analytics-asset-id="{article_pk(story)}" data-analytics-asset-title="{esc(story.title)}" data-analytics-asset-type="web-content">
{render_template(story)}
  </div>
  {share_bar(request, story)}
  {ratings(story)}
  {taxonomy(story)}
  {related_block(story, "asset-related-assets mb-3")}
 </div>
 <div class="asset-metadata">
  <span class="metadata-entry metadata-author">{icon("user")} Người đăng: {esc(o["poster"])}</span>
  <span class="metadata-entry metadata-publish-date">{icon("calendar")} {o["when"]}</span>
  <span class="metadata-entry metadata-view-count">{icon("view")} Lượt xem: {vn_int(story.views())}</span>
 </div>
 {comments(story)}
</div>"""


def ap_page(request: Request, story: Story) -> Response:
    name, inst, _, plid = CATS[story.cat]
    pid = AP + inst
    back = request.params.get(f"_{pid}_redirect", "")
    if not back.startswith("/") or back.startswith("//"):
        back = cat_path(story.cat)
    if request.params.get(f"_{pid}_viewMode") == "print":
        return print_page(request, story)
    main = portlet(pid, name, full_content(request, story, back), "portlet-asset-publisher")
    return page(
        request,
        title=f"{story.title} - {name} - {SITE_NAME}",
        canonical=w_path(story),
        plid=plid,
        current=cat_path(story.cat),
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), ("Tin tức", None), (name, cat_path(story.cat)), (story.title, None)],
        main=main,
        desc=story.opts["desc"],
        og_title=story.title,
    )


def print_page(request: Request, story: Story) -> Response:
    body = (
        head(request, f"{story.title} - {SITE_NAME}", canonical=w_path(story), desc=story.opts["desc"],
             plid=CATS[story.cat][3])
        + '<body class="portal-popup"><div class="columns-1" id="main-content" role="main">'
        + f'<div class="asset-full-content"><h4 class="component-title"><span class="asset-title d-inline">{esc(story.title)}</span></h4>'
        + f'<div class="journal-content-article">{render_template(story)}</div></div></div>'
        + '<script type="text/javascript">print();</script></body></html>'
    )
    return html(body)


def display_page(request: Request, story: Story) -> Response:
    """The web content's display page (/w/<urlTitle>): fragments mapped to the structure's fields."""
    o = story.opts
    name = CATS[story.cat][0]
    frag = "lfr-layout-structure-item-com-liferay-fragment-collection-contributor-basic-component"
    sapo = ""
    if story.sapo_outside and story.summary:
        sapo = (
            f'<div class="{frag}-paragraph tn-dp-sapo"><div class="component-paragraph" data-lfr-editable-id="tomtat" '
            f'data-lfr-editable-type="rich-text"><p><strong>{text(story.summary)}</strong></p></div></div>'
        )
    byline = ""
    if o.get("byline"):
        byline = f'<div class="{frag}-paragraph"><p class="tn-dp-tacgia text-right"><strong>{esc(o["byline"])}</strong></p></div>'
    source = ""
    if o.get("sourceline"):
        source = f'<div class="{frag}-paragraph"><p class="tn-dp-nguon text-right"><em>{esc(o["sourceline"])}</em></p></div>'
    main = f"""<div class="lfr-layout-structure-item-container tn-dp-khung">
 <div class="{frag}-heading"><div class="component-heading" data-lfr-editable-id="element-text" data-lfr-editable-type="text">
  <h1 class="component-heading mb-0 text-break tn-dp-tieude">{esc(story.title)}</h1></div></div>
 <div class="{frag}-paragraph tn-dp-thongtin"><p class="text-secondary">{icon("calendar")} <span data-lfr-editable-id="ngaydang">{long_date(story)}</span>
  &nbsp;|&nbsp; {icon("view")} Lượt xem: {vn_int(story.views())}</p></div>
 <div class="tn-dp-chuyenmuc"><span class="label label-info">{icon("folder")} <a href="{cat_path(story.cat)}">{esc(name)}</a></span></div>
 {sapo}
 <div class="{frag}-html"><div class="component-html tn-dp-noidung" data-lfr-editable-id="noidung" data-lfr-editable-type="rich-text">
{render_blocks(story)}
 </div></div>
 {byline}
 {source}
 {render_files(story)}
 {share_bar(request, story)}
 <div class="lfr-layout-structure-item-collection tn-dp-lienquan">{related_block(story, "tn-dp-lq")}</div>
</div>"""
    return page(
        request,
        title=f"{o['seo']} - {SITE_NAME}",
        canonical=w_path(story),
        plid=PLIDS["w"],
        current=w_path(story),
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), (story.title, None)],
        main=main,
        desc=o["desc"],
        og_title=o["seo"],
    )


def home(request: Request) -> Response:
    frag = "lfr-layout-structure-item"
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{w_path(s)}"><img alt="{esc(s.title)}" '
        f'class="w-100" src="{esc(thumb(s))}" /></a><div class="carousel-caption"><h3><a href="{w_path(s)}">{esc(s.title)}</a></h3></div></div>'
        for n, s in enumerate(HOME_SLIDER)
    )
    newest = "".join(
        f'<div class="col-md-6 tn-tinmoi-muc"><a href="{w_path(s)}"><img alt="" src="{esc(thumb(s))}" /></a>'
        f'<p class="tn-tinmoi-tieude"><a href="{w_path(s)}">{esc(s.title)}</a></p>'
        f'<p class="tn-tinmoi-ngay">{day_only(s)}</p></div>'
        for s in HOME_NEWEST
    )
    notices = "".join(
        f'<li><a href="{dash_path(s)}">{esc(s.title)}</a> <span class="tn-moi">Mới</span></li>'
        for s in in_cat("thong-bao")
    )
    chuyenmon = "".join(
        f'<li><a href="{w_path(s)}">{esc(s.title)}</a></li>' for s in pages_of("hoat-dong-chuyen-mon")[0]
    )
    main = f"""<div class="{frag}-container tn-trangchu">
 <div class="{frag}-row"><div id="tnSlider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div>
  <a class="carousel-control-prev" data-slide="prev" href="#tnSlider" role="button"><span class="hide-accessible">Trước</span></a>
  <a class="carousel-control-next" data-slide="next" href="#tnSlider" role="button"><span class="hide-accessible">Sau</span></a></div></div>
 <div class="{frag}-row tn-khoi"><h2 class="tn-khoi-tieude">Tin mới</h2><div class="row">{newest}</div>
  <a class="tn-xemtatca" href="{cat_path("tin-tuc-su-kien")}">Xem tất cả »</a></div>
 <div class="{frag}-row tn-khoi tn-thongbao"><h2 class="tn-khoi-tieude">Thông báo</h2>
  <marquee direction="up" onmouseout="this.start()" onmouseover="this.stop()" scrollamount="2"><ul>{notices}</ul></marquee>
  <a class="tn-xemtatca" href="{cat_path("thong-bao")}">Xem tất cả »</a></div>
 <div class="{frag}-row tn-khoi"><h2 class="tn-khoi-tieude">Hoạt động chuyên môn</h2><ul>{chuyenmon}</ul>
  <a class="tn-xemtatca" href="{cat_path("hoat-dong-chuyen-mon")}">Xem tất cả »</a></div>
</div>"""
    return page(
        request,
        title=f"Trang chủ - {SITE_NAME}",
        canonical=f"{SITE}/trang-chu",
        plid=PLIDS["trang-chu"],
        current=f"{SITE}/trang-chu",
        crumbs=[("Trang chủ", None)],
        main=main,
        desc="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Thái Nguyên",
    )


# --- pages that are not articles ----------------------------------------------------------------

JOURNAL_PID = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_"


def simple_page(request: Request, slug: str, title: str, inner: str, pid: str) -> Response:
    return page(
        request,
        title=f"{title} - {SITE_NAME}",
        canonical=f"{SITE}/{slug}",
        plid=PLIDS.get(slug, PLIDS["van-ban-chi-dao"]),
        current=f"{SITE}/{slug}",
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), (title, None)],
        main=portlet(pid, title, inner),
    )


def intro(request: Request) -> Response:
    inner = """<div class="journal-content-article" data-analytics-asset-type="web-content">
<h3>Vị trí và chức năng</h3>
<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Thái Nguyên, có chức năng tham mưu, giúp
Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên và các cơ sở
giáo dục khác trên địa bàn tỉnh.</p>
<h3>Nhiệm vụ và quyền hạn</h3>
<ul><li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục và đào tạo của tỉnh;</li>
<li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt;</li>
<li>Quản lý chất lượng giáo dục, tổ chức các kỳ thi theo quy định của Bộ Giáo dục và Đào tạo.</li></ul>
<h3>Lãnh đạo Sở</h3>
<table class="table"><tr><td>Giám đốc Sở</td><td>Điện thoại: 0208.3855.512</td></tr>
<tr><td>Phó Giám đốc Sở</td><td>Điện thoại: 0208.3856.330</td></tr></table>
</div>"""
    return simple_page(request, "gioi-thieu", "Giới thiệu", inner, JOURNAL_PID + "gT7hQk2VbN1x")


def contact(request: Request) -> Response:
    inner = f"""<div class="tn-lienhe">
<p><strong>{esc(SITE_NAME.upper())}</strong></p>
<p>Địa chỉ: Số 30, đường Quang Trung, phường Phan Đình Phùng, tỉnh Thái Nguyên</p>
<p>Điện thoại: 0208.3855.512 - Email: sgddt@thainguyen.gov.vn</p>
<iframe height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3709.5!2d105.83!3d21.59" width="100%"></iframe>
<form action="{SITE}/lien-he?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lh01&amp;p_p_lifecycle=1" method="post">
 <label>Họ và tên <input name="hoTen" type="text" /></label>
 <label>Email <input name="email" type="email" /></label>
 <label>Nội dung <textarea name="noiDung"></textarea></label>
 <button class="btn btn-primary" type="submit">Gửi</button>
</form></div>"""
    return simple_page(
        request, "lien-he", "Liên hệ", inner, "com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lh01"
    )


ALBUM = ["album-khai-giang-2026-01.jpg", "album-khai-giang-2026-02.jpg", "album-khai-giang-2026-03.jpg"]


def album(request: Request) -> Response:
    cells = "".join(
        f'<div class="col-md-4 image-link"><a data-fancybox="album" href="{esc(photo(f))}" title="Lễ khai giảng năm học 2026-2027">'
        f'<img alt="Lễ khai giảng năm học 2026-2027" class="img-thumbnail" src="{esc(photo(f))}" /></a></div>'
        for f in ALBUM
    )
    inner = f'<h3 class="tn-album-ten">Lễ khai giảng năm học 2026-2027</h3><div class="row tn-album">{cells}</div>'
    return simple_page(
        request, "thu-vien-anh", "Thư viện ảnh", inner, "com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_ta01"
    )


def video(request: Request) -> Response:
    inner = """<div class="tn-video">
<h3>Phóng sự: Ngành Giáo dục Thái Nguyên bước vào năm học mới 2026-2027</h3>
<div class="embed-responsive embed-responsive-16by9"><iframe allowfullscreen="" class="embed-responsive-item" src="https://www.youtube.com/embed/x1TnSgd2026"></iframe></div>
<p class="text-muted">Thời lượng 08:42 - Nguồn: Đài Phát thanh - Truyền hình Thái Nguyên</p>
</div>"""
    return simple_page(request, "video", "Video", inner, JOURNAL_PID + "vD8pLm3QzR6t")


DOCS = [
    (1805301, "2415/KH-SGDĐT", "Kế hoạch tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027",
     "06/11/2026", "ke-hoach-2415-kh-sgddt.pdf", "245 KB"),
    (1805322, "2380/SGDĐT-GDTrH", "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
     "28/10/2026", "huong-dan-2380-sgddt-gdtrh.pdf", "518 KB"),
]
DL_PID = "com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_" + DL_INSTANCE


def doc_entry_path(doc_id: int) -> str:
    return f"{SITE}/van-ban-chi-dao/-/document_library/{DL_INSTANCE}/view_file/{doc_id}"


def documents(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(no)}</td><td><a href="{doc_entry_path(i)}">{esc(title)}</a></td><td>{day}</td>'
        f'<td><a href="{esc(document(f))}">{icon("download")}<span class="hide-accessible">Tải về</span></a></td></tr>'
        for i, no, title, day, f, _ in DOCS
    )
    inner = (
        '<table class="table table-autofit table-list"><thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th>'
        f"<th>Ngày ban hành</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return simple_page(request, "van-ban-chi-dao", "Văn bản chỉ đạo", inner, DL_PID)


def doc_entry(request: Request, doc_id: int) -> Response | None:
    doc = next((d for d in DOCS if d[0] == doc_id), None)
    if doc is None:
        return None
    i, no, title, day, f, size = doc
    inner = f"""<div class="lfr-asset-column-details tn-vanban">
 <h3 class="h4 component-title">{esc(title)}</h3>
 <dl class="tn-vb-thongtin"><dt>Số/Ký hiệu</dt><dd>{esc(no)}</dd><dt>Ngày ban hành</dt><dd>{day}</dd>
 <dt>Cơ quan ban hành</dt><dd>{esc(SITE_NAME)}</dd><dt>Dung lượng</dt><dd>{size}</dd><dt>Phiên bản</dt><dd>1.0</dd></dl>
 <div class="lfr-preview-file"><p>{icon("document-pdf")} {esc(f)}</p></div>
 <a class="btn btn-primary" href="{esc(document(f))}">{icon("download")} Tải về ({size})</a>
</div>"""
    return page(
        request,
        title=f"{title} - Văn bản chỉ đạo - {SITE_NAME}",
        canonical=doc_entry_path(i),
        plid=PLIDS["van-ban-chi-dao"],
        current=f"{SITE}/van-ban-chi-dao",
        crumbs=[("Trang chủ", f"{SITE}/trang-chu"), ("Văn bản chỉ đạo", f"{SITE}/van-ban-chi-dao"), (title, None)],
        main=portlet(DL_PID, "Văn bản chỉ đạo", inner),
    )


def search(request: Request) -> Response:
    q = request.params.get("q", "")
    inner = (
        f'<p class="search-total-label">Tìm thấy 0 kết quả cho <strong>{esc(q)}</strong>.</p>'
        '<p class="text-muted">Hãy thử lại với từ khóa khác.</p>'
    )
    return simple_page(request, "search", "Tìm kiếm", inner, "com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet_INSTANCE_tk01")


# --- the site -----------------------------------------------------------------------------------

_DOC = re.compile(r"^/documents/(\d+)/(\d+)/([^/]+)/([0-9a-f-]{36})$")
_AP = re.compile(r"^/web/sgddt/([a-z-]+)/-/asset_publisher/([A-Za-z0-9]{12})/content/([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(START_PATH)
        if path in (SITE, SITE + "/", START_PATH):
            return home(request)
        if path.startswith("/documents/"):
            return self._document(path)
        if path.startswith(("/o/", "/image/")):
            if path.startswith("/image/"):
                return static_file(path + ".jpg")
            return static_file(path)
        if path == "/c/portal/update_language":
            back = request.params.get("redirect", "")
            return redirect(back if back.startswith("/") and not back.startswith("//") else START_PATH)
        if path.startswith(SITE + "/"):
            return self._site_page(request, path[len(SITE) + 1 :])
        return None

    def _document(self, path: str) -> Response | None:
        m = _DOC.match(path)
        if not m or int(m.group(1)) != GROUP_ID or m.group(4) != _uuid(m.group(3)):
            return None
        folder, fname = int(m.group(2)), m.group(3)
        if folder == DOC_FOLDER and fname.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if folder == IMG_FOLDER:
            return static_file(fname)
        return None

    def _site_page(self, request: Request, rest: str) -> Response | None:
        if rest in CATS:
            return listing(request, rest)
        simple = {
            "gioi-thieu": intro,
            "lien-he": contact,
            "thu-vien-anh": album,
            "video": video,
            "van-ban-chi-dao": documents,
            "search": search,
        }
        if rest in simple:
            return simple[rest](request)
        if rest.startswith("w/") and rest[2:] in BY_SLUG:
            return display_page(request, BY_SLUG[rest[2:]])
        if rest.startswith("-/") and rest[2:] in BY_SLUG:
            story = BY_SLUG[rest[2:]]
            return ap_page(request, story)
        m = _AP.match(request.path)
        if m:
            story = BY_SLUG.get(m.group(3))
            if story and story.cat == m.group(1) and CATS[story.cat][1] == m.group(2):
                return ap_page(request, story)
            return None
        m = re.match(rf"^van-ban-chi-dao/-/document_library/{DL_INSTANCE}/view_file/(\d+)$", rest)
        if m:
            return doc_entry(request, int(m.group(1)))
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def alt_paths(story: Story) -> list[str]:
    links = [ap_link(story, t) for t in listing_targets(story)]
    return [*links, ap_path(story), dash_path(story), print_link(story)]


GOLD = [
    gold_record(s, w_path(s), CATS[s.cat][0], canonical_path=w_path(s), alt_paths=alt_paths(s))
    for s in sorted(STORIES, key=lambda s: s.id)
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lien-he",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/video",
    doc_entry_path(DOCS[0][0]),
    doc_entry_path(DOCS[1][0]),
]

