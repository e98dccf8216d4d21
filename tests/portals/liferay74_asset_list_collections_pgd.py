"""Phòng Giáo dục và Đào tạo huyện Châu Thành (Tiền Giang) on Liferay DXP 7.4: Asset Lists
(manual and dynamic collections) shown by Asset Publisher widgets in "Collection" mode with a
custom ADT, articles on a display page template.

Platform
    Liferay DXP 7.4 (theme "pgd-chauthanh-theme", a Classic derivative). News are Web Content
    articles of the structure "Tin bài" (fields Tiêu đề, Ngày xuất bản, Tóm tắt, Nội dung, Tác
    giả, Nguồn, Ảnh đại diện) kept in Documents-style folders; the pages show them through Asset
    Publisher portlets whose source is an Asset List ("Collection" mode): the dynamic collection
    "Tin tức - Sự kiện" (category Tin tức - Sự kiện *and its child* Chuyên môn - Nghiệp vụ), the
    dynamic collection "Chuyên môn - Nghiệp vụ", the dynamic collection "Thông báo" (web content
    *and* Documents and Media files) and the manual collection "Tin nổi bật" (home slider). The
    publishers render cards with the ADT "PGD - Danh sách tin" (class prefix ``dstin-``) and
    Liferay's regular paginator (``Trang 1 2 3``) with namespaced parameters. Articles have the
    display page template "Chi tiết tin" at ``/web/pgd-chauthanh/w/<url-title>``: a content page
    whose web-content fragment renders the structure with the template "PGD - Chi tiết bài viết"
    (class prefix ``ctbv-``: chi tiết bài viết), followed by ratings, share buttons, the
    collection display "Cùng chuyên mục" and the comments box.

URL scheme
    start        /web/pgd-chauthanh                (``/`` answers 302 there)
    listings     /web/pgd-chauthanh/tin-tuc, /web/pgd-chauthanh/chuyen-mon-nghiep-vu,
                 /web/pgd-chauthanh/thong-bao; pages as
                 ?p_p_id=<AP>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view
                 &_<AP>_delta=4&_<AP>_resetCur=false&_<AP>_cur=2
                 with <AP> = com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>
    article      /web/pgd-chauthanh/w/<url-title>  (display page, the gold path)
    duplicate    /web/pgd-chauthanh/<page>/-/asset_publisher/<id>/content/<url-title>
                 ?_<AP>_assetEntryId=<n>&_<AP>_redirect=<listing path>  (full content in the widget)
    language     /en/<any path above>: the same page under the en-US locale
    documents    /documents/35401/<folderId>/<file name>/<uuid>?t=<ms>  (images, PDFs, xlsx)
    doc entry    /web/pgd-chauthanh/thong-bao/-/asset_publisher/Qm3TzP9aLk2W/document/id/<n>
    thumbnails   /o/adaptive-media/image/<fileEntryId>/Thumbnail-300x300/<file name>?t=<ms>
    other pages  /web/pgd-chauthanh/gioi-thieu, /w/co-cau-to-chuc, /van-ban, /thu-vien-anh,
                 /lien-he, /search?q=, /c/portal/login

How the gold articles are reached (delta 4 on every publisher; 9 cards in Tin tức, 6 in Thông
báo of which 2 are PDF documents)
    home "Tin nổi bật" slider (manual collection): A1, A3, T1
    home "Tin tức - Sự kiện" (5 latest, no paginator): A1, B1, A2, A3, B2
    home "Thông báo" (4 latest): T1, (document D1), T2, T3
    tin-tuc cur=1: A1 B1 A2 A3 | cur=2: B2 A4 A5 B3 | cur=3: A6
    chuyen-mon-nghiep-vu (one page): B1 B2 B3
    thong-bao cur=1: T1 D1 T2 T3 | cur=2: D2 T4
    "Cùng chuyên mục" on an article: the 3 latest of its category (itself included)
    => A4, A5, A6 are reachable only from tin-tuc cur=2/3 (or the delta=5/10 variants of the
       listing), T4 only from thong-bao cur=2 (or delta=5 page 2 / delta=10).

Traps
    1. Two URLs per article (not a print view, not a session id): the ADT links the card's title
       to the display page /w/<url-title> and its "Xem chi tiết »" to the publisher's full-content
       URL /-/asset_publisher/<id>/content/<url-title>?_<AP>_assetEntryId=…&_<AP>_redirect=…,
       which renders the same template inside the listing page. That page's
       ``<link rel="canonical">`` is the *listing layout's* URL (Liferay's layout SEO canonical),
       not the article's. Gold: path and canonical_path are the /w/ URL; the asset_publisher
       URL, exactly as linked, is in alt_paths.
    2. hreflang alternates: every page prints ``<link rel="alternate" hreflang="en-US">`` to
       /en/<path> and x-default; the site has English as an available language but nothing is
       translated, so /en/web/pgd-chauthanh/w/<slug> serves the same Vietnamese article with the
       chrome's few English labels and ``lang="en-US"``. Gold: in alt_paths, not an article of
       its own.
    3. Liferay's regular paginator: namespaced p_p_id/_cur/_delta/_resetCur parameters, page
       "1" (…_cur=1) is a second URL of the bare listing, and an items-per-page dropdown
       ("4 Mục ▾": 5, 10) makes more listing variants with other page splits. A4, A5, A6 and T4
       sit only on pages ≥2 of the default split. Gold: listings are not articles; all 13 must
       be found.
    4. The "Thông báo" dynamic collection mixes asset types: two Documents and Media PDFs are
       printed as the very same cards (thumbnail, title, date, summary, "Xem chi tiết »") as
       the notices; their title links lead to the publisher's document view (file name,
       version, size, "Tải về") and their "Tải về" to the PDF. Gold: the document views are
       NON_ARTICLES, the PDFs are files.
    5. A basic web content "Cơ cấu tổ chức" (the office's leadership and units) is shown by the
       same display page template at /web/pgd-chauthanh/w/co-cau-to-chuc, linked from the
       "Giới thiệu" menu: h1, "Người đăng", "Lượt xem", a "Nội dung" block, no date. Gold: an
       intro page, in NON_ARTICLES.
    6. The template prints the structure's field labels as their own elements: "Tóm tắt:" before
       the sapo, a "Nội dung" label before the text, "Tác giả:" and "Nguồn:" after it. Labels are
       no text; the Tóm tắt field is the sapo printed outside the text (summary and the body's
       first paragraph); where it is empty there is no summary, except B1 whose text opens
       with a bold lead (summary = that paragraph). The Nguồn field has the default value
       "Phòng GD&ĐT Châu Thành" in the news structure, so most news close with
       "Nguồn: Phòng GD&ĐT Châu Thành" -> source "Phòng GD&ĐT Châu Thành" (the notices leave
       it empty -> null, except T3).
    7. The meta bar under the title prints "Người đăng: Test Test" — the author of the web
       content in Liferay, i.e. the portal's never-renamed default administrator account — next
       to "Lượt xem", "In bài", "A+ A-". Gold: never an author; authors come from the Tác giả
       field only: degrees and posts dropped ("ThS. Lê Văn Thành - Phó Hiệu trưởng …" -> "Lê Văn
       Thành"), "Tin, ảnh: Ngọc Hân (Trường TH Long Hưng)" -> Ngọc Hân in both lists,
       "Tin: Thanh Tâm - Ảnh: Quốc Bảo" -> [Thanh Tâm] / [Quốc Bảo], "X; Y" -> two authors, a unit
       signing alone ("Bộ phận Chuyển đổi số", "Văn phòng PGD&ĐT", "Bộ phận Tổ chức cán bộ") as
       printed.
    8. Images are Liferay documents whose URL ends in the file's UUID, not in a file name
       extension (/documents/35401/35512/hoi-thi-gvdg-th-2026.jpg/<uuid>?t=<ms>); in-text
       photos inserted through Adaptive Media are ``<picture>`` elements whose ``<source
       srcset>`` point to /o/adaptive-media/… renditions. Gold: each photo once, as its
       ``<img src>`` including the ``?t=`` query; the cards' Thumbnail-300x300 renditions, the
       theme's logo/icons and the emoji picture are not article images. The "Ảnh đại diện" field
       is printed by the template above the Tóm tắt (with its description line when it has one)
       and is the article's first image.
    9. Inside the display page's main column, after the template, come the ratings ("Đánh giá
       trung bình"), the share bar, the collection display "Cùng chuyên mục" (cards with
       thumbnails, dates and two-line summaries of the category's three latest items, the
       current article among them when it is one of those) and
       the comments box ("Vui lòng đăng nhập để bình luận"). Gold: none of it is body, and the
       Cùng chuyên mục images are not the article's.
    10. Dates as the template prints the "Ngày xuất bản" field and the display date: "04/12/2026
        15:20", "Thứ Tư, 02/12/2026" (Java's vi_VN weekday), "14/11/2026 - 14:00", a midnight
        "20/11/2026 00:00" (imported item: the day alone), "22/10/2026" (day only), beside an
        optional "Cập nhật: …" (modified date, never the publication). The cards print the
        day only; the header prints today "Thứ Bảy, 05/12/2026".
    11. Text as editors pasted it: A2's text is NFD (decomposed tone marks, pasted from a Mac),
        A3 is a Word paste (MsoNormal paragraphs, ``<o:p>``, an empty ``<o:p>&nbsp;</o:p>``
        paragraph), A5 has a ``<br>`` inside a paragraph. Gold: NFC text; an empty paragraph is
        no paragraph; the ``<br>`` splits the paragraph in two.
    12. Captions in four forms: ``<figure><figcaption>``, a centred italic line under the
        picture, a 1-column table whose second row is the caption (a caption, not a table row
        of text), a line in parentheses; and a credit-only line "Ảnh: Minh Trí" (caption None,
        photographer Minh Trí).
    13. T1 is an official notice with the letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận"
        and the signer "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG / (Đã ký) / Võ Minh Tâm" (house
        convention: not body, date = the letterhead day, signer = author). T2 uses picture
        emoji ``<img alt="👉">`` as bullets (no text), B1/T4 use lists and headings, B2/T3 tables.
    14. File-attachment lines inside the text ("Tài liệu tập huấn: <file>.pdf (1,2 MB)",
        "Tệp đính kèm: …xlsx") are not body.

Gold decisions on ambiguous points
    - category: the asset category the template prints as the chip above the h1 (and the menu
      prints as the listing's name): "Tin tức - Sự kiện", "Chuyên môn - Nghiệp vụ" or "Thông
      báo". The chuyên môn articles also appear in the Tin tức listing (dynamic collection with
      child categories) and their asset_publisher duplicate lives under /tin-tuc; their
      category stays "Chuyên môn - Nghiệp vụ".
    - published_at: the "Ngày xuất bản" line of the article page (with its time when it prints
      one, midnight = the day alone); T1: the letterhead's day, which is also the printed one.
    - A "Ảnh đại diện" printed without a description has caption None.
    - B3's last paragraph starts "Theo kế hoạch, …": text, not a source.
    - alt_paths hold the asset_publisher full-content URL exactly as the card links it and the
      /en/ alternate of the display page.
"""

from __future__ import annotations

import hashlib
import re
import uuid
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

NAME = "liferay74_asset_list_collections_pgd"
PLATFORM = "Liferay DXP 7.4 (Asset Lists in Asset Publisher, display page templates)"
SITE = "/web/pgd-chauthanh"
START_PATH = SITE
GROUP_ID = 35401
HEADER_DAY = "Thứ Bảy, 05/12/2026"
ORG = "Phòng Giáo dục và Đào tạo huyện Châu Thành"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
THEME = "/o/pgd-chauthanh-theme"

CAT_NEWS = "Tin tức - Sự kiện"
CAT_PRO = "Chuyên môn - Nghiệp vụ"
CAT_NOTICE = "Thông báo"

# listing layouts: key -> (friendly path, publisher instance, name, plid, collection)
LISTINGS = {
    "tin-tuc": (SITE + "/tin-tuc", "x7Kq2mNbRtYz", CAT_NEWS, 35416, "Tin tức - Sự kiện (động)"),
    "chuyen-mon": (SITE + "/chuyen-mon-nghiep-vu", "Hs8dWq1ePz4C", CAT_PRO, 35418, "Chuyên môn (động)"),
    "thong-bao": (SITE + "/thong-bao", "Qm3TzP9aLk2W", CAT_NOTICE, 35420, "Thông báo (động)"),
}
DELTA = 4
DELTA_CHOICES = (5, 10)

# --- documents (images, PDFs) ------------------------------------------------------------

_DOCS: dict[str, tuple[str, bytes]] = {}
_XLSX = b"PK\x03\x04" + b"\x00" * 60


def _uuid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "pgd-chauthanh/" + name))


def _file_id(name: str) -> int:
    return 45800 + int(hashlib.sha1(name.encode()).hexdigest()[:6], 16) % 900


def _stamp(name: str) -> int:
    return 1788000000000 + int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) % 6000000000


def doc(name: str, folder: int = 35512) -> str:
    """The URL Liferay prints for a document: /documents/<group>/<folder>/<file>/<uuid>?t=<ms>."""
    path = f"/documents/{GROUP_ID}/{folder}/{name}/{_uuid(name)}"
    lower = name.lower()
    if lower.endswith(".pdf"):
        _DOCS[path] = ("application/pdf", PDF)
    elif lower.endswith(".xlsx"):
        _DOCS[path] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _XLSX)
    else:
        _DOCS[path] = ("image/jpeg", static_file("x.jpg").body)  # type: ignore[union-attr]
    return f"{path}?t={_stamp(name)}"


def am_thumb(name: str, rendition: str = "Thumbnail-300x300") -> str:
    return f"/o/adaptive-media/image/{_file_id(name)}/{rendition}/{name}?t={_stamp(name)}"


def _name_of(src: str) -> str:
    return src.split("/")[4]


# --- the stories -------------------------------------------------------------------------

SAPO_A1 = (
    "Sáng ngày 04/12/2026, Phòng Giáo dục và Đào tạo huyện Châu Thành tổ chức khai mạc Hội thi "
    "Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 với sự tham gia của 86 giáo "
    "viên đến từ 27 trường tiểu học trên địa bàn huyện."
)

A1 = Story(
    id=45731,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Khai mạc Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
    cat=CAT_NEWS,
    published_at="2026-12-04T15:20:00+07:00",
    summary=SAPO_A1,
    sapo_outside=True,
    authors=["Hồng Nhung"],
    photographers=["Minh Trí"],
    source="Phòng GD&ĐT Châu Thành",
    blocks=[
        Img(
            doc("hoi-thi-gvdg-th-2026.jpg"),
            "Quang cảnh lễ khai mạc Hội thi tại Trường Tiểu học Tân Hiệp",
            "Quang cảnh lễ khai mạc Hội thi tại Trường Tiểu học Tân Hiệp",
            style="feat",
        ),
        P(
            "Dự lễ khai mạc có ông Nguyễn Văn Hùng, Trưởng phòng Giáo dục và Đào tạo huyện; đại "
            "diện lãnh đạo Ủy ban nhân dân huyện, Công đoàn ngành Giáo dục huyện cùng các thành "
            "viên Ban Giám khảo và đông đảo cán bộ quản lý, giáo viên các trường tiểu học."
        ),
        P(
            "Phát biểu khai mạc, ông Nguyễn Văn Hùng nhấn mạnh Hội thi là dịp để giáo viên trao "
            "đổi, học tập kinh nghiệm, lan tỏa những cách làm hay trong đổi mới phương pháp dạy "
            "học theo Chương trình giáo dục phổ thông 2018; đồng thời là căn cứ để đánh giá, bồi "
            "dưỡng và phát triển đội ngũ nhà giáo của huyện."
        ),
        Img(doc("hoi-thi-gvdg-th-2026-tiet-day.jpg"), "Ảnh: Minh Trí", None, style="pic"),
        P(
            "Hội thi diễn ra từ ngày 04/12 đến ngày 12/12/2026 tại 4 điểm trường: Trường Tiểu học "
            "Tân Hiệp, Trường Tiểu học Long Định, Trường Tiểu học Bình Đức và Trường Tiểu học "
            "Vĩnh Kim. Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành, trong đó có một "
            "tiết bốc thăm trước 3 ngày và một tiết do giáo viên tự chọn."
        ),
        P(
            "Bên cạnh phần thi thực hành, giáo viên còn trình bày biện pháp nâng cao chất lượng "
            "giảng dạy đã áp dụng tại đơn vị. Ban Tổ chức khuyến khích giáo viên ứng dụng công "
            "nghệ thông tin, sử dụng hiệu quả học liệu số và thiết bị dạy học tự làm."
        ),
        P(
            "Kết quả Hội thi sẽ được công bố trong tháng 12/2026; những giáo viên đạt thành tích "
            "xuất sắc sẽ được chọn tham dự Hội thi Giáo viên dạy giỏi cấp tỉnh."
        ),
    ],
    opts={
        "date": "04/12/2026 15:20",
        "card_date": "04/12/2026",
        "author_line": "Hồng Nhung",
        "source_line": "Phòng GD&amp;ĐT Châu Thành",
        "pstyle": "j",
    },
)

LEAD_B1 = (
    "Nhằm nâng cao chất lượng dạy học môn Ngữ văn cấp trung học cơ sở, ngày 01/12/2026, Phòng "
    "GD&ĐT huyện Châu Thành phối hợp với Trường THCS Tân Hương tổ chức chuyên đề “Đổi mới phương "
    "pháp dạy học môn Ngữ văn theo hướng phát triển năng lực” cho giáo viên cụm số 1."
)

B1 = Story(
    id=45702,
    slug="chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van-tai-truong-thcs-tan-huong",
    title=(
        "Chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn theo hướng phát triển năng lực” "
        "tại Trường THCS Tân Hương"
    ),
    cat=CAT_PRO,
    published_at="2026-12-02",
    summary=LEAD_B1,
    authors=["Lê Văn Thành"],
    source="Phòng GD&ĐT Châu Thành",
    blocks=[
        P(LEAD_B1, "b"),
        P(
            "Tham dự chuyên đề có hơn 60 giáo viên dạy Ngữ văn của 9 trường THCS trong cụm. Tại "
            "chuyên đề, cô Trần Thị Thu Hà, giáo viên Trường THCS Tân Hương, thực hiện tiết dạy "
            "minh họa bài “Đọc hiểu văn bản nghị luận xã hội” với lớp 8A2."
        ),
        Img(
            doc("chuyen-de-ngu-van-tan-huong.jpg"),
            "Tiết dạy minh họa của cô Trần Thị Thu Hà tại lớp 8A2",
            "Tiết dạy minh họa của cô Trần Thị Thu Hà tại lớp 8A2",
            style="fig",
        ),
        P(
            "Tiết dạy được thiết kế theo chuỗi hoạt động: khởi động, hình thành kiến thức, luyện "
            "tập và vận dụng. Học sinh được làm việc nhóm, sử dụng phiếu học tập và sơ đồ tư duy "
            "để phân tích luận điểm, luận cứ của văn bản."
        ),
        P("Những điểm mới cần lưu ý", "h"),
        P(
            "Tổ chức hoạt động đọc theo đặc trưng thể loại, tránh giảng giải, áp đặt cách hiểu "
            "cho học sinh.",
            "li",
        ),
        P("Tăng cường câu hỏi mở, khuyến khích học sinh nêu ý kiến riêng và liên hệ thực tiễn.", "li"),
        P(
            "Đa dạng hình thức kiểm tra, đánh giá thường xuyên, chú trọng đánh giá bằng nhận xét.",
            "li",
        ),
        P(
            "Trong phần thảo luận, các giáo viên đã trao đổi sôi nổi về cách thiết kế nhiệm vụ "
            "học tập, cách tổ chức cho học sinh tự đánh giá và đánh giá đồng đẳng. Ông Võ Minh "
            "Tâm, Phó Trưởng phòng GD&ĐT huyện, ghi nhận sự chuẩn bị chu đáo của nhà trường và đề "
            "nghị các trường tiếp tục nhân rộng cách làm trong sinh hoạt tổ chuyên môn."
        ),
    ],
    opts={
        "date": "Thứ Tư, 02/12/2026",
        "card_date": "02/12/2026",
        "updated": "03/12/2026 08:12",
        "author_line": "ThS. Lê Văn Thành - Phó Hiệu trưởng Trường THCS Tân Hương",
        "source_line": "Phòng GD&amp;ĐT Châu Thành",
    },
)

A2 = Story(
    id=45688,
    slug="truong-tieu-hoc-long-hung-to-chuc-ngay-hoi-doc-sach",
    title="Trường Tiểu học Long Hưng tổ chức Ngày hội đọc sách “Sách – Người bạn đồng hành”",
    cat=CAT_NEWS,
    published_at="2026-11-28T09:45:00+07:00",
    summary=(
        "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 27/11/2026, Trường "
        "Tiểu học Long Hưng tổ chức Ngày hội đọc sách với chủ đề “Sách – Người bạn đồng hành”, "
        "thu hút hơn 500 học sinh tham gia."
    ),
    sapo_outside=True,
    authors=["Ngọc Hân"],
    photographers=["Ngọc Hân"],
    source="Phòng GD&ĐT Châu Thành",
    blocks=[
        Img(doc("ngay-hoi-doc-sach-long-hung.jpg"), None, None, style="feat"),
        P(
            "Ngày hội gồm nhiều hoạt động phong phú như: trưng bày sách theo chủ đề, thi kể "
            "chuyện theo sách, vẽ tranh minh họa nhân vật yêu thích, đố vui về sách và trao đổi "
            "sách giữa các lớp."
        ),
        P(
            "Tại gian trưng bày, mỗi khối lớp chuẩn bị một góc sách với cách trang trí riêng, giới "
            "thiệu những cuốn sách hay về quê hương Tiền Giang, về Bác Hồ và các tấm gương thiếu "
            "nhi tiêu biểu."
        ),
        Img(
            doc("ngay-hoi-doc-sach-long-hung-ke-chuyen.jpg"),
            "Học sinh khối 3 tham gia phần thi kể chuyện theo sách",
            "Học sinh khối 3 tham gia phần thi kể chuyện theo sách",
            style="next",
        ),
        P(
            "Phần thi kể chuyện theo sách diễn ra sôi nổi với 15 tiết mục của các lớp. Nhiều em "
            "tự tin, diễn cảm, biết kết hợp trang phục và đạo cụ để câu chuyện thêm sinh động."
        ),
        P(
            "Dịp này, phụ huynh học sinh và các nhà hảo tâm đã trao tặng thư viện nhà trường 320 "
            "quyển sách thiếu nhi và truyện tranh, góp phần bổ sung nguồn sách cho tủ sách lớp học."
        ),
    ],
    opts={
        "date": "28/11/2026 09:45",
        "card_date": "28/11/2026",
        "updated": "30/11/2026 10:12",
        "author_line": "Tin, ảnh: Ngọc Hân (Trường TH Long Hưng)",
        "source_line": "Phòng GD&amp;ĐT Châu Thành",
        "nfd": True,
    },
)

A3 = Story(
    id=45650,
    slug="hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat=CAT_NEWS,
    published_at="2026-11-20",
    summary=(
        "Sáng 19/11/2026, Phòng Giáo dục và Đào tạo phối hợp Công đoàn ngành Giáo dục huyện "
        "Châu Thành tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương các tập "
        "thể, cá nhân có thành tích xuất sắc trong năm học 2025 - 2026."
    ),
    sapo_outside=True,
    source="Phòng GD&ĐT Châu Thành",
    blocks=[
        Img(
            doc("hop-mat-20-11-2026.jpg"),
            "Lãnh đạo huyện trao Giấy khen cho các tập thể tiêu biểu",
            "Lãnh đạo huyện trao Giấy khen cho các tập thể tiêu biểu",
            style="feat",
        ),
        P(
            "Đến dự có bà Huỳnh Thị Ngọc Mai, Phó Chủ tịch Ủy ban nhân dân huyện; đại diện Ban "
            "Tuyên giáo và Dân vận Huyện ủy, Ủy ban Mặt trận Tổ quốc Việt Nam huyện cùng hơn 250 "
            "cán bộ quản lý, giáo viên tiêu biểu và giáo viên đã nghỉ hưu."
        ),
        P(
            "Năm học 2025 - 2026, ngành giáo dục huyện có 98,6% học sinh tiểu học hoàn thành "
            "chương trình lớp học; tỷ lệ học sinh tốt nghiệp trung học cơ sở đạt 99,2%. Toàn huyện "
            "có thêm 5 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 61/74 trường."
        ),
        Raw('<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>'),
        P(
            "Phát biểu tại buổi họp mặt, bà Huỳnh Thị Ngọc Mai ghi nhận những đóng góp của đội ngũ "
            "nhà giáo, đồng thời đề nghị ngành tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất "
            "lượng giáo dục toàn diện và quan tâm hơn nữa đến đời sống giáo viên."
        ),
        P(
            "Dịp này, Ủy ban nhân dân huyện tặng Giấy khen cho 12 tập thể và 45 cá nhân; Công "
            "đoàn ngành Giáo dục trao 20 phần quà cho giáo viên có hoàn cảnh khó khăn."
        ),
        Raw('<p class="MsoNormal"><span lang="VI"><o:p>&nbsp;</o:p></span></p>'),
    ],
    opts={
        "date": "20/11/2026 00:00",
        "card_date": "20/11/2026",
        "source_line": "Phòng GD&amp;ĐT Châu Thành",
        "pstyle": "mso",
    },
)

B2 = Story(
    id=45611,
    slug="tap-huan-khai-thac-su-dung-he-thong-hoc-lieu-so-cho-giao-vien-thcs",
    title="Tập huấn khai thác, sử dụng hệ thống học liệu số cho giáo viên THCS",
    cat=CAT_PRO,
    published_at="2026-11-14T14:00:00+07:00",
    authors=["Bộ phận Chuyển đổi số"],
    source="Phòng GD&ĐT Châu Thành",
    blocks=[
        P(
            "Trong hai ngày 13 và 14/11/2026, Phòng GD&ĐT huyện Châu Thành tổ chức lớp tập huấn "
            "khai thác, sử dụng hệ thống học liệu số và kho bài giảng điện tử cho 148 giáo viên "
            "cốt cán các trường THCS trên địa bàn huyện."
        ),
        P(
            "Báo cáo viên là các thầy cô trong nhóm chuyên trách chuyển đổi số của Phòng. Nội "
            "dung tập huấn tập trung vào các thao tác đăng nhập, tìm kiếm, chia sẻ học liệu; cách "
            "biên soạn câu hỏi trắc nghiệm trực tuyến và tổ chức kiểm tra thường xuyên trên nền "
            "tảng số."
        ),
        P("Nội dung | Thời lượng | Báo cáo viên", "th"),
        P("Tổng quan hệ thống học liệu số | 2 tiết | Thầy Nguyễn Hoàng Phúc", "tr"),
        P("Biên soạn, chia sẻ bài giảng điện tử | 4 tiết | Cô Đặng Thị Bích Tuyền", "tr"),
        P("Tổ chức kiểm tra trực tuyến | 4 tiết | Thầy Phan Văn Lực", "tr"),
        P(
            "Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm hướng dẫn lại cho đồng nghiệp "
            "trong tổ chuyên môn tại đơn vị trước ngày 30/11/2026. Phòng GD&ĐT sẽ kiểm tra việc "
            "triển khai thông qua số lượng học liệu được các trường cập nhật lên hệ thống."
        ),
        Raw(
            '<p><strong>Tài liệu tập huấn:</strong> <a href="'
            + doc("Tai-lieu-tap-huan-hoc-lieu-so.pdf", 35620)
            + '" target="_blank">Tai-lieu-tap-huan-hoc-lieu-so.pdf</a> (1,2 MB)</p>'
        ),
    ],
    opts={
        "date": "14/11/2026 - 14:00",
        "card_date": "14/11/2026",
        "author_line": "Bộ phận Chuyển đổi số",
        "source_line": "Phòng GD&amp;ĐT Châu Thành",
    },
)

A4 = Story(
    id=45577,
    slug="trao-120-suat-hoc-bong-tiep-buoc-den-truong",
    title="Trao 120 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat=CAT_NEWS,
    published_at="2026-11-06T10:30:00+07:00",
    summary=(
        "Chiều 05/11/2026, Phòng Giáo dục và Đào tạo huyện Châu Thành phối hợp với Hội Khuyến "
        "học huyện trao 120 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó "
        "khăn, vượt khó học tốt."
    ),
    sapo_outside=True,
    authors=["Thanh Tâm"],
    photographers=["Quốc Bảo"],
    source="Trang thông tin điện tử huyện Châu Thành",
    blocks=[
        Img(doc("trao-hoc-bong-tiep-buoc-den-truong.jpg"), None, None, style="feat"),
        P(
            "Mỗi suất học bổng trị giá 1.000.000 đồng tiền mặt cùng một bộ sách giáo khoa và dụng "
            "cụ học tập. Tổng kinh phí chương trình hơn 150 triệu đồng do các doanh nghiệp, mạnh "
            "thường quân và cựu học sinh trong, ngoài huyện đóng góp."
        ),
        Img(
            doc("trao-hoc-bong-nha-tai-tro.jpg"),
            "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            style="tbl",
        ),
        P(
            "Các em nhận học bổng năm nay đều là học sinh thuộc hộ nghèo, cận nghèo, mồ côi hoặc "
            "có cha mẹ bị bệnh hiểm nghèo nhưng vẫn nỗ lực vươn lên, đạt kết quả học tập từ khá "
            "trở lên."
        ),
        P(
            "Em Nguyễn Thị Yến Nhi, học sinh lớp 9/3 Trường THCS Bình Trưng, xúc động chia sẻ: "
            "“Em cảm ơn các cô chú đã quan tâm, giúp đỡ. Em hứa sẽ cố gắng học thật giỏi để không "
            "phụ lòng gia đình và thầy cô”.",
            "q",
        ),
        P(
            "Chương trình “Tiếp bước đến trường” được duy trì liên tục từ năm 2015 đến nay, đã "
            "trao hơn 1.400 suất học bổng, góp phần hạn chế tình trạng học sinh bỏ học giữa chừng."
        ),
    ],
    opts={
        "date": "06/11/2026 10:30",
        "card_date": "06/11/2026",
        "author_line": "Tin: Thanh Tâm - Ảnh: Quốc Bảo",
        "source_line": "Trang thông tin điện tử huyện Châu Thành",
        "pstyle": "j",
    },
)

A5 = Story(
    id=45540,
    slug="kiem-tra-cong-tac-phong-chong-duoi-nuoc-va-bao-dam-an-toan-giao-thong-tai-cac-truong-hoc",
    title="Kiểm tra công tác phòng, chống đuối nước và bảo đảm an toàn giao thông tại các trường học",
    cat=CAT_NEWS,
    published_at="2026-10-29T16:15:00+07:00",
    authors=["Phạm Thị Kim Loan", "Trần Quốc Việt"],
    source="Phòng GD&ĐT Châu Thành",
    blocks=[
        Img(
            doc("kiem-tra-an-toan-truong-hoc.jpg"),
            "Đoàn kiểm tra làm việc tại Trường Mầm non Thạnh Phú",
            "Đoàn kiểm tra làm việc tại Trường Mầm non Thạnh Phú",
            style="feat",
        ),
        P(
            "Thực hiện Kế hoạch số 198/KH-PGDĐT ngày 10/10/2026 của Phòng Giáo dục và Đào tạo, từ "
            "ngày 20 đến 28/10/2026, đoàn kiểm tra liên ngành đã làm việc tại 18 trường mầm non, "
            "tiểu học và trung học cơ sở.",
            "br",
        ),
        P(
            "Nội dung kiểm tra gồm: việc lồng ghép giáo dục kỹ năng phòng, chống đuối nước vào các "
            "môn học; công tác tuyên truyền an toàn giao thông; hệ thống rào chắn ao, mương, hồ "
            "nước trong khuôn viên trường."
        ),
        P(
            "Qua kiểm tra, các đơn vị cơ bản thực hiện tốt việc xây dựng kế hoạch, phân công trách "
            "nhiệm cụ thể; 100% trường tiểu học đã tổ chức dạy bơi hoặc hướng dẫn kỹ năng an toàn "
            "trong môi trường nước cho học sinh lớp 3, lớp 4."
        ),
        P(
            "Tuy nhiên, một số điểm trường lẻ ở các xã Phú Phong, Bình Đức vẫn còn đoạn hàng rào "
            "giáp kênh chưa bảo đảm; việc đưa đón học sinh giờ tan trường có lúc còn ùn tắc trước "
            "cổng trường."
        ),
        P(
            "Đoàn kiểm tra đề nghị các đơn vị khắc phục ngay những hạn chế, hoàn thành trước ngày "
            "15/11/2026 và báo cáo kết quả về Phòng GD&ĐT qua hệ thống quản lý văn bản."
        ),
    ],
    opts={
        "date": "29/10/2026 16:15",
        "card_date": "29/10/2026",
        "updated": "02/11/2026 08:30",
        "author_line": "Phạm Thị Kim Loan; Trần Quốc Việt",
        "source_line": "Phòng GD&amp;ĐT Châu Thành",
        "pstyle": "j",
    },
)

B3 = Story(
    id=45512,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-cum-truong-thcs-so-2",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán cụm trường THCS số 2",
    cat=CAT_PRO,
    published_at="2026-10-22",
    summary=(
        "Ngày 21/10/2026, cụm trường THCS số 2 tổ chức sinh hoạt chuyên môn theo nghiên cứu bài "
        "học môn Toán tại Trường THCS Vĩnh Kim."
    ),
    sapo_outside=True,
    authors=["Huỳnh Thị Mỹ Duyên"],
    source="Phòng GD&ĐT Châu Thành",
    blocks=[
        P(
            "Buổi sinh hoạt có sự tham dự của 42 giáo viên dạy Toán thuộc 7 trường THCS trong "
            "cụm. Tiết dạy minh họa bài “Định lí Pythagore và ứng dụng” (Toán 8) do thầy Lâm Quốc "
            "Huy thực hiện tại lớp 8/1."
        ),
        Img(
            doc("nghien-cuu-bai-hoc-toan-vinh-kim.jpg"),
            "(Giáo viên dự giờ quan sát hoạt động nhóm của học sinh)",
            "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh",
            style="next",
        ),
        P(
            "Khác với cách dự giờ truyền thống, giáo viên dự giờ tập trung quan sát hoạt động học "
            "của học sinh: em nào tích cực, em nào gặp khó khăn, nguyên nhân vì sao và giáo viên "
            "đã hỗ trợ như thế nào."
        ),
        P(
            "Trong phần thảo luận, các thầy cô thống nhất cần điều chỉnh thời lượng hoạt động khởi "
            "động, bổ sung phiếu học tập phân hóa cho nhóm học sinh chưa nắm vững kiến thức nền."
        ),
        P(
            "Theo kế hoạch, cụm trường sẽ tiếp tục tổ chức sinh hoạt chuyên môn môn Khoa học tự "
            "nhiên vào tháng 12/2026 tại Trường THCS Long Định."
        ),
    ],
    opts={
        "date": "22/10/2026",
        "card_date": "22/10/2026",
        "author_line": "CN. Huỳnh Thị Mỹ Duyên",
        "source_line": "Phòng GD&amp;ĐT Châu Thành",
    },
)

A6 = Story(
    id=45470,
    slug="khai-mac-hoi-khoe-phu-dong-cap-huyen-lan-thu-xiv-nam-hoc-2026-2027",
    title="Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XIV năm học 2026 - 2027",
    cat=CAT_NEWS,
    published_at="2026-10-12T07:30:00+07:00",
    summary=(
        "Sáng 11/10/2026, tại Sân vận động huyện Châu Thành, Phòng GD&ĐT tổ chức khai mạc Hội "
        "khỏe Phù Đổng cấp huyện lần thứ XIV với gần 1.200 vận động viên là học sinh tiểu học và "
        "trung học cơ sở."
    ),
    sapo_outside=True,
    authors=["Đức Huy"],
    source="Báo Ấp Bắc",
    blocks=[
        Img(
            doc("hkpd-chau-thanh-2026.jpg"),
            "Màn đồng diễn thể dục của học sinh Trường THCS Tân Hiệp",
            "Màn đồng diễn thể dục của học sinh Trường THCS Tân Hiệp",
            style="feat",
        ),
        P(
            "Hội khỏe năm nay tranh tài ở 9 môn: điền kinh, bơi lội, bóng đá, cầu lông, bóng bàn, "
            "cờ vua, đá cầu, kéo co và võ cổ truyền. Các nội dung thi đấu diễn ra đến hết ngày "
            "25/10/2026."
        ),
        P(
            "Phát biểu khai mạc, bà Trương Thị Bảo Ngọc, Phó Trưởng phòng GD&ĐT, cho biết Hội "
            "khỏe Phù Đổng là dịp kiểm tra kết quả giáo dục thể chất, đồng thời phát hiện, tuyển "
            "chọn những học sinh có năng khiếu thể thao để bồi dưỡng tham dự Hội khỏe cấp tỉnh."
        ),
        Img(
            doc("hkpd-chau-thanh-2026-keo-co.jpg"),
            "Nội dung kéo co nữ khối THCS",
            "Nội dung kéo co nữ khối THCS",
            style="fig",
        ),
        P(
            "Ngay sau lễ khai mạc, các trận đấu vòng bảng môn bóng đá nam tiểu học và thi đấu kéo "
            "co đã diễn ra sôi nổi, hấp dẫn, được đông đảo phụ huynh và học sinh đến cổ vũ."
        ),
    ],
    opts={
        "date": "12/10/2026 07:30",
        "card_date": "12/10/2026",
        "author_line": "Đức Huy",
        "source_line": "Báo Ấp Bắc",
    },
)

_LETTERHEAD_T1 = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:40%;text-align:center"><p>UBND HUYỆN CHÂU THÀNH<br />'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p><p>Số: 312/TB-PGDĐT</p></td>"
    '<td style="text-align:center"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
    "Độc lập - Tự do - Hạnh phúc</strong></p>"
    "<p><em>Châu Thành, ngày 30 tháng 11 năm 2026</em></p></td></tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027"
    "</strong></p>"
)
_CLOSING_T1 = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br />'
    "- Các trường THCS;<br />- Lãnh đạo Phòng;<br />- Lưu: VT, CM.</p></td>"
    '<td style="text-align:center;vertical-align:top"><p><strong>KT. TRƯỞNG PHÒNG<br />'
    "PHÓ TRƯỞNG PHÒNG</strong></p><p><em>(Đã ký)</em></p><p><strong>Võ Minh Tâm</strong></p>"
    "</td></tr></tbody></table>"
)

T1 = Story(
    id=45690,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
    title="Thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
    cat=CAT_NOTICE,
    published_at="2026-11-30",
    authors=["Võ Minh Tâm"],
    blocks=[
        Raw(_LETTERHEAD_T1),
        P(
            "Căn cứ Kế hoạch số 276/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về thực "
            "hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027;"
        ),
        P(
            "Phòng Giáo dục và Đào tạo huyện Châu Thành thông báo tổ chức Kỳ thi chọn học sinh "
            "giỏi lớp 9 cấp huyện năm học 2026 - 2027 như sau:"
        ),
        P("1. Thời gian, địa điểm", "hb"),
        P("- Thời gian thi: ngày 19/12/2026 (thứ Bảy), thí sinh có mặt lúc 6 giờ 30 phút."),
        P("- Địa điểm: Trường THCS Tân Hiệp, thị trấn Tân Hiệp, huyện Châu Thành."),
        P("2. Môn thi", "hb"),
        P(
            "Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học. Mỗi trường "
            "được đăng ký tối đa 5 thí sinh/môn."
        ),
        P("3. Hồ sơ đăng ký", "hb"),
        P(
            "Các trường lập danh sách thí sinh theo mẫu và gửi về Phòng GD&ĐT (bộ phận Trung học) "
            "qua hệ thống quản lý văn bản trước ngày 10/12/2026."
        ),
        P(
            "Đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm túc nội dung Thông "
            "báo này./."
        ),
        Raw(_CLOSING_T1),
    ],
    opts={"date": "30/11/2026", "card_date": "30/11/2026", "pstyle": "j"},
)

_EMOJI = f'<img alt="👉" class="emoji" height="16" src="{THEME}/images/emoji/1f449.png" width="16" />'

T2 = Story(
    id=45662,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục trên địa bàn huyện",
    cat=CAT_NOTICE,
    published_at="2026-11-25T08:00:00+07:00",
    authors=["Văn phòng PGD&ĐT"],
    blocks=[
        P(
            "Thực hiện Công văn số 2140/SGDĐT-VP ngày 20/11/2026 của Sở Giáo dục và Đào tạo Tiền "
            "Giang về việc nghỉ Tết Dương lịch năm 2027, Phòng Giáo dục và Đào tạo huyện Châu "
            "Thành thông báo đến các trường mầm non, tiểu học và trung học cơ sở như sau:"
        ),
        P(
            "Cán bộ, giáo viên, nhân viên và học sinh được nghỉ Tết Dương lịch 01 ngày: thứ Sáu, "
            "ngày 01/01/2027.",
            "emo",
        ),
        P(
            "Các đơn vị phân công trực bảo vệ, phòng cháy chữa cháy và bảo đảm an toàn tài sản "
            "trong thời gian nghỉ.",
            "emo",
        ),
        P(
            "Sau kỳ nghỉ, các trường tổ chức dạy học bình thường từ thứ Hai, ngày 04/01/2027; "
            "không tổ chức dạy bù vào ngày thứ Bảy.",
            "emo",
        ),
        P(
            "Trong thời gian nghỉ, Hiệu trưởng các đơn vị nhắc nhở học sinh tham gia giao thông an "
            "toàn, không đốt pháo, không tắm sông, kênh rạch khi không có người lớn đi cùng."
        ),
    ],
    opts={
        "date": "25/11/2026 08:00",
        "card_date": "25/11/2026",
        "author_line": "Văn phòng PGD&amp;ĐT",
    },
)

T3 = Story(
    id=45598,
    slug="thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-huyen-nam-hoc-2025-2026",
    title="Thông báo kết quả xét công nhận sáng kiến cấp huyện năm học 2025 - 2026",
    cat=CAT_NOTICE,
    published_at="2026-11-10",
    summary=(
        "Hội đồng Sáng kiến huyện Châu Thành thông báo kết quả xét công nhận sáng kiến cấp huyện "
        "năm học 2025 - 2026 của ngành Giáo dục và Đào tạo."
    ),
    sapo_outside=True,
    source="Hội đồng Sáng kiến huyện Châu Thành",
    blocks=[
        P(
            "Năm học 2025 - 2026, Hội đồng nhận được 214 sáng kiến của cán bộ quản lý, giáo viên, "
            "nhân viên các đơn vị trường học. Qua thẩm định, Hội đồng đề nghị công nhận 187 sáng "
            "kiến có phạm vi ảnh hưởng cấp huyện, trong đó một số sáng kiến tiêu biểu như sau:"
        ),
        P("STT | Tên sáng kiến | Tác giả | Đơn vị", "th"),
        P("1 | Một số biện pháp rèn kỹ năng đọc hiểu cho học sinh lớp 2 | Nguyễn Thị Thanh Thúy | TH Long Định", "tr"),
        P("2 | Ứng dụng trò chơi học tập trong dạy học Toán 6 | Lê Hoàng Nam | THCS Thân Cửu Nghĩa", "tr"),
        P("3 | Xây dựng môi trường giáo dục lấy trẻ làm trung tâm | Võ Thị Ngọc Trâm | MN Hoa Sen", "tr"),
        P(
            "Danh sách đầy đủ được gửi kèm Thông báo này. Các đơn vị rà soát thông tin, nếu có sai "
            "sót, phản hồi về Phòng GD&ĐT trước ngày 20/11/2026 để điều chỉnh."
        ),
        Raw(
            '<p><em>Tệp đính kèm:</em> <a href="'
            + doc("DS-sang-kien-cap-huyen-2025-2026.xlsx", 35620)
            + '">DS-sang-kien-cap-huyen-2025-2026.xlsx</a></p>'
        ),
    ],
    opts={
        "date": "10/11/2026",
        "card_date": "10/11/2026",
        "source_line": "Hội đồng Sáng kiến huyện Châu Thành",
    },
)

T4 = Story(
    id=45488,
    slug="thong-bao-thoi-gian-tiep-nhan-ho-so-de-nghi-thuyen-chuyen-cong-tac-nam-2027",
    title=(
        "Thông báo thời gian tiếp nhận hồ sơ đề nghị thuyên chuyển công tác đối với viên chức "
        "giáo dục năm 2027"
    ),
    cat=CAT_NOTICE,
    published_at="2026-10-16T14:00:00+07:00",
    summary=(
        "Phòng GD&ĐT huyện Châu Thành thông báo thời gian tiếp nhận hồ sơ đề nghị thuyên chuyển "
        "công tác năm 2027 đối với viên chức đang công tác tại các trường mầm non, tiểu học và "
        "trung học cơ sở."
    ),
    sapo_outside=True,
    authors=["Bộ phận Tổ chức cán bộ"],
    blocks=[
        P("Đối tượng", "h"),
        P(
            "Viên chức có thời gian công tác tại đơn vị hiện tại từ đủ 3 năm trở lên (tính đến "
            "ngày 31/12/2026), có nguyện vọng thuyên chuyển trong huyện hoặc ra ngoài huyện."
        ),
        P("Hồ sơ gồm", "h"),
        P("Đơn đề nghị thuyên chuyển có ý kiến của Hiệu trưởng;", "ol"),
        P("Bản sao quyết định tuyển dụng, quyết định lương hiện hưởng;", "ol"),
        P("Bản nhận xét, đánh giá viên chức năm học gần nhất.", "ol"),
        P("Thời gian, địa điểm tiếp nhận", "h"),
        P(
            "Từ ngày 02/11/2026 đến hết ngày 27/11/2026 (trong giờ hành chính), tại Bộ phận Tổ "
            "chức cán bộ, Phòng GD&ĐT huyện Châu Thành. Hồ sơ nộp sau thời hạn trên sẽ không được "
            "xem xét."
        ),
    ],
    opts={
        "date": "16/10/2026 14:00",
        "card_date": "16/10/2026",
        "author_line": "Bộ phận Tổ chức cán bộ",
    },
)

# the Documents and Media entries of the "Thông báo" collection (not articles)
DOCUMENTS = [
    {
        "id": 45912,
        "title": "Kế hoạch số 245/KH-PGDĐT về tổ chức các hoạt động chuyển đổi số năm học 2026 - 2027",
        "file": "KH-245-PGDDT-chuyen-doi-so-2026-2027.pdf",
        "date": "27/11/2026",
        "size": "412 KB",
        "desc": "Kế hoạch triển khai các hoạt động chuyển đổi số trong các cơ sở giáo dục trên địa bàn huyện.",
    },
    {
        "id": 45918,
        "title": "Công văn số 812/PGDĐT-TH hướng dẫn kiểm tra, đánh giá học sinh tiểu học học kỳ I",
        "file": "CV-812-PGDDT-TH-kiem-tra-hoc-ky-I.pdf",
        "date": "30/10/2026",
        "size": "236 KB",
        "desc": "Hướng dẫn tổ chức kiểm tra định kỳ cuối học kỳ I năm học 2026 - 2027 đối với cấp tiểu học.",
    },
]
for _d in DOCUMENTS:
    _d["url"] = doc(_d["file"], 35620)

STORIES = [A1, B1, A2, A3, B2, A4, A5, B3, A6, T1, T2, T3, T4]
BY_SLUG = {s.slug: s for s in STORIES}
CAT_KEY = {CAT_NEWS: "tin-tuc", CAT_PRO: "chuyen-mon", CAT_NOTICE: "thong-bao"}


def _by_date(items):
    return sorted(items, key=lambda s: s.published_at or "", reverse=True)


def listing_items(key: str) -> list:
    """The entries of a dynamic collection, newest first (Stories and document dicts)."""
    if key == "tin-tuc":
        return _by_date([s for s in STORIES if s.cat in (CAT_NEWS, CAT_PRO)])
    if key == "chuyen-mon":
        return _by_date([s for s in STORIES if s.cat == CAT_PRO])
    notices = [s for s in STORIES if s.cat == CAT_NOTICE]
    order = {T1.slug: "2026-11-30", T2.slug: "2026-11-25", T3.slug: "2026-11-10", T4.slug: "2026-10-16"}
    rows = [(order[s.slug], s) for s in notices]
    rows += [("2026-11-27", DOCUMENTS[0]), ("2026-10-30", DOCUMENTS[1])]
    return [item for _, item in sorted(rows, key=lambda r: r[0], reverse=True)]


# --- URLs ------------------------------------------------------------------------------------


def article_path(story: Story) -> str:
    return f"{SITE}/w/{story.slug}"


def ap_content_target(story: Story) -> str:
    """The "Xem chi tiết" link of the listing that files the story (its full-content view)."""
    key = "thong-bao" if story.cat == CAT_NOTICE else "tin-tuc"
    lpath, inst, *_ = LISTINGS[key]
    ns = f"_{AP}{inst}_"
    return (
        f"{lpath}/-/asset_publisher/{inst}/content/{story.slug}"
        f"?{ns}assetEntryId={story.id + 7}&{ns}redirect={quote(lpath, safe='')}"
    )


def doc_view_path(d: dict) -> str:
    lpath, inst, *_ = LISTINGS["thong-bao"]
    return f"{lpath}/-/asset_publisher/{inst}/document/id/{d['id']}"


def page_target(key: str, cur: int, delta: int) -> str:
    lpath, inst, *_ = LISTINGS[key]
    pid = AP + inst
    ns = f"_{pid}_"
    return (
        f"{lpath}?p_p_id={pid}&amp;p_p_lifecycle=0&amp;p_p_state=normal&amp;p_p_mode=view"
        f"&amp;{ns}delta={delta}&amp;{ns}resetCur=false&amp;{ns}cur={cur}"
    )


# --- text rendering ----------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _p(story: Story, inner: str) -> str:
    style = story.opts.get("pstyle", "")
    if style == "j":
        return f'<p style="text-align: justify;">{inner}</p>'
    if style == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
            'text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;'
            f'font-family:&quot;Times New Roman&quot;,serif">{inner}<o:p></o:p></span></p>'
        )
    return f"<p>{inner}</p>"


def _img_tag(src: str, alt: str = "") -> str:
    fid = _file_id(_name_of(src))
    return f'<img alt="{esc(alt)}" data-fileentryid="{fid}" src="{esc(src)}" />'


def _render_img(img: Img) -> str:
    name = _name_of(img.src)
    printed = esc(img.printed) if img.printed else ""
    if img.style == "pic":
        fid = _file_id(name)
        out = (
            f'<p style="text-align: center;"><picture data-fileentryid="{fid}">'
            f'<source media="(max-width:300px)" srcset="{esc(am_thumb(name))}" />'
            f'<source media="(max-width:1000px) and (min-width:300px)" '
            f'srcset="{esc(am_thumb(name, "Preview-1000x0"))}" />'
            f"{_img_tag(img.src)}</picture></p>"
        )
        if printed:
            out += f'<p style="text-align: right;"><em>{printed}</em></p>'
        return out
    if img.style == "fig":
        return (
            f'<figure class="image" style="text-align:center">{_img_tag(img.src, img.printed or "")}'
            f"<figcaption>{printed}</figcaption></figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:90%">'
            f"<tbody><tr><td>{_img_tag(img.src)}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{printed}</em>'
            "</span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align: center;">{_img_tag(img.src)}</p>'
    if printed:
        out += (
            f'<p style="text-align: center;"><span style="color:#555555;"><em>{printed}</em>'
            "</span></p>"
        )
    return out


def render_content(story: Story) -> str:
    """The "Nội dung" rich-text field as the editor left it."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "feat")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b))
        elif b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{_t(story, c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                f'border-collapse:collapse"><tbody>{"".join(rows)}</tbody></table>'
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(_p(story, f"{_t(story, b.text)}<br />\n{_t(story, nxt.text)}"))
            i += 2
            continue
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f"<h3>{_t(story, b.text)}</h3>")
        elif b.style == "hb":
            out.append(f"<p><strong>{_t(story, b.text)}</strong></p>")
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{_t(story, b.text)}</em></p></blockquote>")
        elif b.style == "emo":
            out.append(f"<p>{_EMOJI}&nbsp;{_t(story, b.text)}</p>")
        else:
            out.append(_p(story, _t(story, b.text)))
        i += 1
    return "\n".join(out)


def render_template(story: Story, *, with_h1: bool = True) -> str:
    """The journal template "PGD - Chi tiết bài viết" (ctbv-*) over the structure's fields."""
    o = story.opts
    key = CAT_KEY[story.cat]
    lpath = LISTINGS[key][0]
    meta = [
        '<span class="ctbv-ngay"><svg class="lexicon-icon lexicon-icon-calendar" role="presentation">'
        f'<use href="{THEME}/images/clay/icons.svg#calendar"></use></svg> Ngày xuất bản: '
        f"{esc(o['date'])}</span>"
    ]
    if o.get("updated"):
        meta.append(f'<span class="ctbv-cn">Cập nhật: {esc(o["updated"])}</span>')
    meta.append('<span class="ctbv-nguoidang">Người đăng: Test Test</span>')
    meta.append(f'<span class="ctbv-lx">Lượt xem: {story.views()}</span>')
    meta.append(
        '<span class="ctbv-cc"><a href="javascript:window.print();" title="In bài">In bài</a> '
        '<a class="ctbv-co" data-co="1" href="javascript:;">A+</a> '
        '<a class="ctbv-co" data-co="-1" href="javascript:;">A-</a></span>'
    )
    parts = [
        f'<div class="ctbv-khung" id="ctbv-{story.id}">',
        f'<a class="badge badge-info ctbv-cm" href="{lpath}">{esc(story.cat)}</a>',
    ]
    if with_h1:
        parts.append(f'<h1 class="ctbv-td">{esc(story.title)}</h1>')
    parts.append(f'<div class="ctbv-tt clearfix">{" ".join(meta)}</div>')
    feat = next((b for b in story.blocks if isinstance(b, Img) and b.style == "feat"), None)
    if feat:
        parts.append(
            f'<div class="ctbv-add text-center">{_img_tag(feat.src, feat.printed or story.title)}'
        )
        if feat.printed:
            parts.append(f'<div class="ctbv-add-mt">{esc(feat.printed)}</div>')
        parts.append("</div>")
    if story.summary and story.sapo_outside:
        parts.append(
            '<div class="ctbv-tomtat"><span class="ctbv-nhan">Tóm tắt:</span>'
            f'<div class="ctbv-tomtat-nd">{_t(story, story.summary)}</div></div>'
        )
    parts.append(
        '<div class="ctbv-noidung"><div class="ctbv-nhan ctbv-nhan-nd">Nội dung</div>'
        f'<div class="ctbv-nd-html">\n{render_content(story)}\n</div></div>'
    )
    chan = []
    if o.get("author_line"):
        chan.append(
            f'<div class="ctbv-tg"><span class="ctbv-nhan">Tác giả:</span> '
            f"<strong>{o['author_line']}</strong></div>"
        )
    if o.get("source_line"):
        chan.append(
            f'<div class="ctbv-ng"><span class="ctbv-nhan">Nguồn:</span> <em>{o["source_line"]}</em></div>'
        )
    if chan:
        parts.append(f'<div class="ctbv-chan text-right">{"".join(chan)}</div>')
    parts.append("</div>")
    return "\n".join(parts)


def _summary_of(item) -> str:
    if isinstance(item, dict):
        return item["desc"]
    raw = item.summary or next(b.text for b in item.blocks if isinstance(b, P))
    return raw if len(raw) <= 170 else raw[:170].rsplit(" ", 1)[0] + "..."


def _thumb_of(item) -> str:
    if isinstance(item, dict):
        return f"{THEME}/images/file_system/large/pdf.png"
    feat = next((b for b in item.blocks if isinstance(b, Img)), None)
    if feat is None:
        return f"{THEME}/images/pgd-no-image.png"
    return am_thumb(_name_of(feat.src))


def card(item, key: str, *, detail_link: bool = True) -> str:
    """One entry as the ADT "PGD - Danh sách tin" prints it."""
    if isinstance(item, dict):
        href = doc_view_path(item)
        title, date, eid = item["title"], item["date"], item["id"]
        more = f'<a class="dstin-tai" href="{esc(item["url"])}">Tải về <span>({item["size"]})</span></a>'
        more = f'<a class="dstin-xct" href="{href}">Xem chi tiết »</a> ' + more
    else:
        href = article_path(item)
        title, date, eid = item.title, item.opts["card_date"], item.id + 7
        more_href = ap_content_target(item) if detail_link else href
        more = f'<a class="dstin-xct" href="{esc(more_href)}">Xem chi tiết <span aria-hidden="true">»</span></a>'
    return (
        f'<div class="dstin-muc d-flex" data-analytics-asset-id="{eid}">'
        f'<div class="dstin-hinh"><a href="{href}"><img alt="{esc(title)}" class="img-fluid" '
        f'loading="lazy" src="{esc(_thumb_of(item))}" /></a></div>'
        f'<div class="dstin-ct"><h3 class="dstin-td"><a href="{href}">{esc(title)}</a></h3>'
        f'<div class="dstin-ngay"><i class="icon-time"></i> {date}</div>'
        f'<div class="dstin-mt">{esc(_summary_of(item))}</div>{more}</div></div>'
    )


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", SITE, []),
    (
        "Giới thiệu",
        SITE + "/gioi-thieu",
        [("Giới thiệu chung", SITE + "/gioi-thieu"), ("Cơ cấu tổ chức", SITE + "/w/co-cau-to-chuc")],
    ),
    (
        CAT_NEWS,
        SITE + "/tin-tuc",
        [(CAT_NEWS, SITE + "/tin-tuc"), (CAT_PRO, SITE + "/chuyen-mon-nghiep-vu")],
    ),
    (CAT_NOTICE, SITE + "/thong-bao", []),
    ("Văn bản", SITE + "/van-ban", []),
    ("Thư viện ảnh", SITE + "/thu-vien-anh", []),
    ("Liên hệ", SITE + "/lien-he", []),
]


def _menu(active: str, lang: str) -> str:
    pre = "/en" if lang == "en" else ""
    items = []
    for n, (label, href, kids) in enumerate(MENU, 1):
        if lang == "en" and label == "Trang chủ":
            label = "Home"
        cls = "lfr-nav-item nav-item" + (" dropdown" if kids else "") + (" selected active" if href == active else "")
        sub = ""
        if kids:
            sub = '<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" id="layout_{n}{k}" role="presentation">'
                f'<a class="dropdown-item" href="{pre}{h}" role="menuitem">{esc(lab)}</a></li>'
                for k, (lab, h) in enumerate(kids)
            ) + "</ul>"
        items.append(
            f'<li class="{cls}" id="layout_{n}" role="presentation"><a class="nav-link text-truncate" '
            f'href="{pre}{href}" role="menuitem"><span class="text-truncate">{esc(label)}</span></a>{sub}</li>'
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
        f'<ul aria-label="Các trang trên Site" class="navbar-blank navbar-nav navbar-site" role="menubar">{"".join(items)}</ul></nav>'
    )


def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = []
    for label, href in trail:
        if href:
            items.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{esc(label)}">'
                f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
            )
        else:
            items.append(
                f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>'
            )
    pid = "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_pgdBrcmb01"
    return portlet(
        pid,
        "",
        f'<nav aria-label="Breadcrumb" id="_{pid}_breadcrumbs-defaultScreen"><ol class="breadcrumb">{"".join(items)}</ol></nav>',
        barebone=True,
    )


def portlet(pid: str, title: str, inner: str, *, barebone: bool = False) -> str:
    short = pid.split("_INSTANCE_")[0]
    head = ""
    if title and not barebone:
        head = (
            '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
            f'<h2 class="portlet-title-text">{esc(title)}</h2></div></div>'
        )
    deco = "portlet-barebone" if barebone else "portlet-decorate"
    return (
        f'<div class="portlet-boundary portlet-boundary_{short}_ portlet-static portlet-static-end '
        f'{deco}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><div class="portlet-content">{head}'
        f'<div class=" portlet-content-container"><div class="portlet-body">{inner}</div></div>'
        "</div></section></div>"
    )


def sidebar() -> str:
    docs = "".join(
        f'<li><a href="{esc(d["url"])}" target="_blank">{esc(d["title"])}</a> '
        f'<span class="vb-ngay">({d["date"]})</span></li>'
        for d in DOCUMENTS
    )
    links = (
        '<select class="form-control" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.tiengiang.gov.vn">Sở GD&amp;ĐT Tiền Giang</option>'
        '<option value="https://chauthanh.tiengiang.gov.vn">Cổng TTĐT huyện Châu Thành</option>'
        '<option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option></select>'
    )
    counter = (
        '<ul class="tk-truycap list-unstyled"><li>Đang online: <b>23</b></li>'
        "<li>Hôm nay: <b>412</b></li><li>Tháng này: <b>9.870</b></li>"
        "<li>Tổng truy cập: <b>1.284.551</b></li></ul>"
    )
    banner = (
        '<a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng dịch vụ công quốc gia" '
        f'class="img-fluid" src="{THEME}/images/banner/dvc-quoc-gia.png" /></a>'
    )
    return (
        portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_vbMoi8Xk2Lpq",
                "Văn bản mới", f'<ul class="vb-moi">{docs}</ul><a class="xem-tat-ca" href="{SITE}/van-ban">Xem tất cả</a>')
        + portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lkWeb3Rt9Zqa",
                  "Liên kết website", links)
        + portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_bnDvc5Gh7Kwe",
                  "", banner, barebone=True)
        + portlet("vn_pgd_visitor_counter_web_portlet_VisitorCounterPortlet_INSTANCE_tkTc01",
                  "Thống kê truy cập", counter)
    )


def layout(
    request: Request,
    *,
    title: str,
    path: str,
    main: str,
    active: str,
    lang: str,
    canonical: str | None = None,
    plid: int = 35410,
    description: str = "",
    side: bool = True,
    og_image: str | None = None,
) -> Response:
    host = base_url(request)
    canon = canonical or path
    pre = "/en" if lang == "en" else ""
    head_extra = ""
    if og_image:
        head_extra += f'<meta property="og:image" content="{host}{esc(og_image)}" />'
    cols = (
        f'<div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
        f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{main}</div></div>'
        f'<div class="col-md-4 portlet-column portlet-column-last" id="column-2">'
        f'<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{sidebar()}</div></div>'
        if side
        else f'<div class="col-md-12 portlet-column portlet-column-only" id="column-1">{main}</div>'
    )
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{'en-US' if lang == 'en' else 'vi-VN'}">
<head>
<title>{esc(title)} - {ORG}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(description)}" lang="vi-VN" name="description" />
<link data-senna-track="temporary" href="{host}{canon}" rel="canonical" />
<link data-senna-track="temporary" href="{host}{canon}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{host}/en{canon}" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="{host}{canon}" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="{'en_US' if lang == 'en' else 'vi_VN'}" />
<meta property="og:locale:alternate" content="vi_VN" />
<meta property="og:locale:alternate" content="en_US" />
<meta property="og:site_name" content="{ORG}" />
<meta property="og:title" content="{esc(title)} - {ORG}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{host}{canon}" />
{head_extra}
<link href="{THEME}/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{THEME}/css/clay.css?browserId=other&amp;themeId=pgdchauthanh_WAR_pgdchauthanhtheme&amp;languageId=vi_VN&amp;t=1733112000000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="{THEME}/css/main.css?browserId=other&amp;themeId=pgdchauthanh_WAR_pgdchauthanhtheme&amp;languageId=vi_VN&amp;t=1733112000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{acceptsGzip: function() {{return true;}}, isIe: function() {{return false;}}}};
var themeDisplay = Liferay.ThemeDisplay = {{
getLayoutId: function() {{return "{plid - 35405}";}},
getLayoutRelativeURL: function() {{return "{pre}{path}";}},
getLanguageId: function() {{return "{'en_US' if lang == 'en' else 'vi_VN'}";}},
getPathThemeImages: function() {{return "{host}{THEME}/images";}},
getPlid: function() {{return "{plid}";}},
getPortalURL: function() {{return "{host}";}},
getScopeGroupId: function() {{return "{GROUP_ID}";}},
getSiteGroupId: function() {{return "{GROUP_ID}";}},
isSignedIn: function() {{return false;}}
}};
// ]]>
</script>
<script data-senna-track="permanent" src="/o/frontend-js-web/liferay/global.bundle.js?languageId=vi_VN&amp;t=1733112000000" type="text/javascript"></script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Liên kết Nhanh" class="quick-access-nav" id="pgd_quickAccessNav"><h1 class="hide-accessible">Điều hướng</h1>
<ul><li><a href="#main-content">Bỏ qua đến Nội dung chính</a></li></ul></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header class="header-pgd" id="banner" role="banner">
<div class="pgd-topbar container-fluid container-fluid-max-xl d-flex">
<span class="pgd-homnay">{HEADER_DAY}</span>
<span class="pgd-hotline ml-auto">Đường dây nóng: 0273 3831 276</span>
<a class="pgd-dangnhap" href="/c/portal/login" rel="nofollow">Đăng nhập</a>
</div>
<div class="pgd-logo container-fluid container-fluid-max-xl">
<a class="logo custom-logo" href="{pre}{SITE}" title="Đi đến {ORG}">
<img alt="{ORG}" height="90" src="/image/layout_set_logo?img_id=35455&amp;t=1733112000000" width="90" /></a>
<div class="pgd-tendv"><span class="pgd-cq">UBND HUYỆN CHÂU THÀNH</span><span class="pgd-ten">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></div>
<form action="{SITE}/search" class="pgd-timkiem" method="get"><input class="form-control" name="q" placeholder="Tìm kiếm..." type="text" /><button class="btn btn-unstyled" type="submit"><span class="sr-only">Tìm kiếm</span></button></form>
</div>
{_menu(active, lang)}
</header>
<section class="container-fluid container-fluid-max-xl flex-fill" id="content">
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">{cols}</div>
</div>
</section>
<footer class="pgd-chan" id="footer" role="contentinfo">
<div class="container-fluid container-fluid-max-xl">
<p class="pgd-chan-ten">{ORG.upper()}</p>
<p>Địa chỉ: Số 12, đường Nguyễn Trãi, khu phố 2, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang</p>
<p>Điện thoại: 0273 3831 276 - Fax: 0273 3831 277 - Email: pgdchauthanh@tiengiang.edu.vn</p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Hùng - Trưởng phòng</p>
<p class="pgd-banquyen">Bản quyền © 2026 {ORG}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="powered-by">Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</div>
</footer>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.register("{AP}x7Kq2mNbRtYz");
Liferay.on("allPortletsReady", function() {{ Liferay.Util.focusFormField(null); }});
// ]]>
</script>
</body>
</html>
"""
    return html(page, headers={"Content-Language": "en-US" if lang == "en" else "vi-VN"})


# --- pages ----------------------------------------------------------------------------------


def _lead_visual(story: Story) -> str:
    feat = next((b for b in story.blocks if isinstance(b, Img)), None)
    if feat is None:
        return f"{THEME}/images/banner/thong-bao-noi-bat.jpg"
    return am_thumb(_name_of(feat.src), "Preview-1000x0")


def home(request: Request, lang: str) -> Response:
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{article_path(s)}">'
        f'<img alt="{esc(s.title)}" class="d-block w-100" src="{esc(_lead_visual(s))}" /></a>'
        f'<div class="carousel-caption"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3></div></div>'
        for n, s in enumerate([A1, A3, T1])
    )
    slider = portlet(
        f"{AP}nbTrCl7Vx2Qs",
        "Tin nổi bật",
        f'<div class="carousel slide tin-noibat" data-ride="carousel" id="noibatCarousel"><div class="carousel-inner">{slides}</div>'
        '<a class="carousel-control-prev" data-slide="prev" href="#noibatCarousel" role="button"><span class="sr-only">Trước</span></a>'
        '<a class="carousel-control-next" data-slide="next" href="#noibatCarousel" role="button"><span class="sr-only">Sau</span></a></div>',
    )
    news = listing_items("tin-tuc")[:5]
    news_box = portlet(
        f"{AP}hmTin4Ab8Cde",
        CAT_NEWS,
        '<div class="dstin-ds dstin-trangchu">'
        + "".join(card(s, "tin-tuc", detail_link=False) for s in news)
        + f'</div><div class="text-right"><a class="xem-tat-ca" href="{SITE}/tin-tuc">Xem tất cả »</a></div>',
    )
    notes = listing_items("thong-bao")[:4]
    note_items = []
    for it in notes:
        if isinstance(it, dict):
            note_items.append(
                f'<li><a href="{doc_view_path(it)}">{esc(it["title"])}</a> <span class="tb-ngay">{it["date"]}</span></li>'
            )
        else:
            note_items.append(
                f'<li><a href="{article_path(it)}">{esc(it.title)}</a> <span class="tb-ngay">{it.opts["card_date"]}</span></li>'
            )
    notes_box = portlet(
        f"{AP}hmTbao9Fg1Hi",
        CAT_NOTICE,
        f'<ul class="tbao-ds">{"".join(note_items)}</ul><a class="xem-tat-ca" href="{SITE}/thong-bao">Xem tất cả »</a>',
    )
    return layout(
        request,
        title="Trang chủ",
        path=SITE,
        main=slider + news_box + notes_box,
        active=SITE,
        lang=lang,
        description="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Châu Thành, tỉnh Tiền Giang",
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


def paginator(key: str, cur: int, delta: int, total: int) -> str:
    pages = max(1, -(-total // delta))
    if total <= min(DELTA, *DELTA_CHOICES):
        return ""
    first = (cur - 1) * delta + 1
    last = min(total, cur * delta)
    choices = sorted({DELTA, *DELTA_CHOICES} - {delta})
    drop = "".join(
        f'<li><a class="dropdown-item" href="{page_target(key, 1, d)}">{d}</a></li>' for d in choices
    )
    items = []
    if cur > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{page_target(key, cur - 1, delta)}">'
            '<span class="sr-only">Trước</span><svg class="lexicon-icon lexicon-icon-angle-left"></svg></a></li>'
        )
    else:
        items.append(
            '<li class="page-item disabled"><a class="page-link" href="javascript:;" tabindex="-1">'
            '<span class="sr-only">Trước</span><svg class="lexicon-icon lexicon-icon-angle-left"></svg></a></li>'
        )
    for n in range(1, pages + 1):
        active = " active" if n == cur else ""
        items.append(f'<li class="page-item{active}"><a class="page-link" href="{page_target(key, n, delta)}">{n}</a></li>')
    if cur < pages:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{page_target(key, cur + 1, delta)}">'
            '<span class="sr-only">Tiếp</span><svg class="lexicon-icon lexicon-icon-angle-right"></svg></a></li>'
        )
    else:
        items.append(
            '<li class="page-item disabled"><a class="page-link" href="javascript:;" tabindex="-1">'
            '<span class="sr-only">Tiếp</span><svg class="lexicon-icon lexicon-icon-angle-right"></svg></a></li>'
        )
    return (
        '<div class="pagination-bar">'
        '<div class="dropdown pagination-items-per-page"><a aria-expanded="false" aria-haspopup="true" '
        'class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:;" role="button">'
        f'{delta} Mục<span class="sr-only">&nbsp;trên Trang</span></a>'
        f'<ul class="dropdown-menu dropdown-menu-top">{drop}</ul></div>'
        f'<div class="pagination-results">Hiển thị {first} - {last} trong số {total} kết quả.</div>'
        f'<span class="pgd-trang">Trang</span><ul class="pagination">{"".join(items)}</ul></div>'
    )


def listing(request: Request, key: str, lang: str) -> Response:
    lpath, inst, name, plid, _coll = LISTINGS[key]
    params = request.params
    ns = f"_{AP}{inst}_"
    delta = _int(params.get(ns + "delta"), DELTA)
    delta = min(max(delta, 1), 200)
    items = listing_items(key)
    pages = max(1, -(-len(items) // delta))
    cur = min(max(_int(params.get(ns + "cur"), 1), 1), pages)
    shown = items[(cur - 1) * delta : cur * delta]
    detail = key != "chuyen-mon"
    body = '<div class="dstin-ds">' + "".join(card(it, key, detail_link=detail) for it in shown) + "</div>"
    body += paginator(key, cur, delta, len(items))
    trail = [("Trang chủ", SITE)]
    if key == "chuyen-mon":
        trail.append((CAT_NEWS, SITE + "/tin-tuc"))
    trail.append((name, None))
    main = breadcrumb(trail) + portlet(AP + inst, name, body)
    return layout(request, title=name, path=lpath, main=main, active=lpath, lang=lang, plid=plid,
                  description=name)


def _related(story: Story) -> str:
    same = _by_date([s for s in STORIES if s.cat == story.cat])[:3]
    cards = "".join(
        f'<div class="col-md-4 cm-the"><a href="{article_path(s)}"><img alt="{esc(s.title)}" class="img-fluid" '
        f'src="{esc(_thumb_of(s))}" /></a><h4 class="cm-td"><a href="{article_path(s)}">{esc(s.title)}</a></h4>'
        f'<p class="cm-ngay">{s.opts["card_date"]}</p><p class="cm-mt">{esc(_summary_of(s))}</p></div>'
        for s in same
    )
    return (
        '<div class="lfr-layout-structure-item-collection lfr-layout-structure-item-c0a1d7e2-5b9e-8f41-33a2-7d1c0e9b4f66">'
        '<h2 class="cm-tieude">Cùng chuyên mục</h2>'
        f'<div class="collection-display"><div class="row">{cards}</div></div></div>'
    )


def _after_template(story: Story) -> str:
    host_share = quote("https://pgdchauthanh.tiengiang.edu.vn" + article_path(story), safe="")
    ratings = (
        '<div class="lfr-layout-structure-item-ratings"><div class="taglib-ratings stars">'
        '<span class="ratings-label">Đánh giá trung bình</span> <span class="ratings-value">4,5</span> '
        '<span class="ratings-count">(8 phiếu)</span></div></div>'
    )
    share = (
        '<div class="lfr-layout-structure-item-share"><div class="taglib-social-bookmarks"><span>Chia sẻ:</span> '
        f'<a class="social-bookmark" href="https://www.facebook.com/sharer/sharer.php?u={host_share}" target="_blank">Facebook</a> '
        f'<a class="social-bookmark" href="https://zalo.me/share?url={host_share}" target="_blank">Zalo</a> '
        f'<a class="social-bookmark" href="https://twitter.com/intent/tweet?url={host_share}" target="_blank">X</a></div></div>'
    )
    comments = (
        '<div class="lfr-layout-structure-item-comments"><div class="taglib-discussion">'
        '<h3 class="cm-bl">Bình luận (0)</h3><p class="text-muted">Vui lòng '
        '<a href="/c/portal/login" rel="nofollow">đăng nhập</a> để bình luận.</p></div></div>'
    )
    return ratings + share + _related(story) + comments


def _dpt_page(request: Request, story: Story, lang: str) -> Response:
    web_content = (
        '<div class="lfr-layout-structure-item-web-content lfr-layout-structure-item-2b8f1e7a-04c3-5d9a-a1f2-93e6b7c4d501">'
        f'<div class="journal-content-article" data-analytics-asset-id="{story.id}" '
        f'data-analytics-asset-title="{esc(story.title)}" data-analytics-asset-type="web-content">'
        f"{render_template(story)}</div></div>"
    )
    main = (
        breadcrumb([("Trang chủ", SITE), (story.title, None)])
        + '<div class="lfr-layout-structure-item-container"><div class="container-fluid py-2">'
        + web_content
        + _after_template(story)
        + "</div></div>"
    )
    feat = next((b for b in story.blocks if isinstance(b, Img)), None)
    return layout(
        request,
        title=story.title,
        path=article_path(story),
        main=main,
        active=LISTINGS[CAT_KEY[story.cat]][0],
        lang=lang,
        plid=35440,
        description=_summary_of(story),
        og_image=feat.src if feat else None,
    )


def ap_content(request: Request, key: str, story: Story, lang: str) -> Response:
    lpath, inst, name, plid, _ = LISTINGS[key]
    back = request.params.get(f"_{AP}{inst}_redirect") or lpath
    inner = (
        '<div class="h2"><a class="header-back-to icon-monospaced" href="'
        + esc(back)
        + '" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left"></svg></a>'
        + f'<h3 class="header-title">{esc(story.title)}</h3></div>'
        + '<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">'
        + f'<div class="asset-content mb-3"><div class="journal-content-article" data-analytics-asset-id="{story.id}">'
        + render_template(story, with_h1=False)
        + "</div></div></div>"
    )
    main = breadcrumb([("Trang chủ", SITE), (name, lpath), (story.title, None)]) + portlet(AP + inst, name, inner)
    return layout(request, title=f"{story.title} - {name}", path=request.path, main=main, active=lpath,
                  lang=lang, canonical=lpath, plid=plid, description=_summary_of(story))


def doc_view(request: Request, d: dict, lang: str) -> Response:
    lpath, inst, name, plid, _ = LISTINGS["thong-bao"]
    inner = (
        f'<div class="h2"><a class="header-back-to icon-monospaced" href="{lpath}" title="Quay lại"></a>'
        f'<h3 class="header-title">{esc(d["title"])}</h3></div>'
        '<div class="asset-full-content clearfix"><div class="file-entry-pgd">'
        f'<img alt="" src="{THEME}/images/file_system/large/pdf.png" />'
        f'<dl class="file-entry-info"><dt>Tên tệp</dt><dd>{d["file"]}</dd><dt>Phiên bản</dt><dd>1.0</dd>'
        f'<dt>Kích thước</dt><dd>{d["size"]}</dd><dt>Ngày tải lên</dt><dd>{d["date"]}</dd>'
        f'<dt>Mô tả</dt><dd>{esc(d["desc"])}</dd></dl>'
        f'<a class="btn btn-primary" href="{esc(d["url"])}">Tải về ({d["size"]})</a>'
        '<p class="text-muted">Không có bản xem trước cho tệp này.</p></div></div>'
    )
    main = breadcrumb([("Trang chủ", SITE), (name, lpath), (d["title"], None)]) + portlet(AP + inst, name, inner)
    return layout(request, title=d["title"], path=request.path, main=main, active=lpath, lang=lang,
                  canonical=lpath, plid=plid)


def _web_content(title: str, inner: str, pid_suffix: str) -> str:
    return portlet(
        f"com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{pid_suffix}",
        title,
        f'<div class="journal-content-article">{inner}</div>',
    )


def intro(request: Request, lang: str) -> Response:
    inner = (
        "<p>Phòng Giáo dục và Đào tạo huyện Châu Thành là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "huyện, có chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước "
        "về giáo dục và đào tạo trên địa bàn huyện.</p>"
        "<p>Toàn huyện hiện có 74 cơ sở giáo dục công lập gồm 24 trường mầm non, 27 trường tiểu học, "
        "1 trường tiểu học và trung học cơ sở, 22 trường trung học cơ sở với hơn 38.000 học sinh và "
        "2.600 cán bộ, giáo viên, nhân viên.</p>"
        "<h3>Nhiệm vụ, quyền hạn</h3><ul><li>Trình Ủy ban nhân dân huyện ban hành các quyết định, "
        "kế hoạch phát triển giáo dục trên địa bàn;</li><li>Hướng dẫn, kiểm tra việc thực hiện "
        "chương trình, kế hoạch giáo dục của các cơ sở giáo dục;</li><li>Quản lý đội ngũ, cơ sở vật "
        "chất và tài chính theo phân cấp.</li></ul>"
    )
    main = breadcrumb([("Trang chủ", SITE), ("Giới thiệu", None)]) + _web_content("Giới thiệu chung", inner, "gtChung1Ab2")
    return layout(request, title="Giới thiệu", path=SITE + "/gioi-thieu", main=main,
                  active=SITE + "/gioi-thieu", lang=lang, plid=35422)


def org_chart(request: Request, lang: str) -> Response:
    inner = (
        '<div class="ctbv-khung" id="ctbv-45320">'
        f'<a class="badge badge-info ctbv-cm" href="{SITE}/gioi-thieu">Giới thiệu</a>'
        '<h1 class="ctbv-td">Cơ cấu tổ chức Phòng Giáo dục và Đào tạo huyện Châu Thành</h1>'
        '<div class="ctbv-tt clearfix"><span class="ctbv-nguoidang">Người đăng: Test Test</span> '
        '<span class="ctbv-lx">Lượt xem: 2.318</span></div>'
        '<div class="ctbv-noidung"><div class="ctbv-nhan ctbv-nhan-nd">Nội dung</div><div class="ctbv-nd-html">'
        "<p><strong>Lãnh đạo Phòng</strong></p>"
        "<p>Trưởng phòng: Ông Nguyễn Văn Hùng - Điện thoại: 0273 3831 276</p>"
        "<p>Phó Trưởng phòng: Ông Võ Minh Tâm - phụ trách Trung học cơ sở</p>"
        "<p>Phó Trưởng phòng: Bà Trương Thị Bảo Ngọc - phụ trách Mầm non, Tiểu học</p>"
        "<p><strong>Các bộ phận chuyên môn</strong></p>"
        "<ul><li>Bộ phận Mầm non</li><li>Bộ phận Tiểu học</li><li>Bộ phận Trung học cơ sở</li>"
        "<li>Bộ phận Tổ chức cán bộ</li><li>Bộ phận Kế hoạch - Tài chính</li><li>Bộ phận Chuyển đổi số</li>"
        "<li>Văn phòng</li></ul></div></div></div>"
    )
    main = (
        breadcrumb([("Trang chủ", SITE), ("Cơ cấu tổ chức Phòng Giáo dục và Đào tạo huyện Châu Thành", None)])
        + '<div class="lfr-layout-structure-item-container"><div class="container-fluid py-2">'
        + '<div class="journal-content-article" data-analytics-asset-id="45320" data-analytics-asset-type="web-content">'
        + inner
        + "</div></div></div>"
    )
    return layout(request, title="Cơ cấu tổ chức Phòng Giáo dục và Đào tạo huyện Châu Thành",
                  path=SITE + "/w/co-cau-to-chuc", main=main, active=SITE + "/gioi-thieu", lang=lang, plid=35440)


_EXTRA_DOCS = [
    ("Quyết định số 1520/QĐ-UBND ban hành Kế hoạch thời gian năm học 2026 - 2027", "QD-1520-UBND-ke-hoach-thoi-gian-nam-hoc.pdf", "20/08/2026", "318 KB"),
    ("Kế hoạch số 176/KH-PGDĐT thực hiện nhiệm vụ năm học 2026 - 2027", "KH-176-PGDDT-nhiem-vu-nam-hoc.pdf", "05/09/2026", "604 KB"),
]
_EXTRA_URLS = [doc(f, 35620) for _, f, _, _ in _EXTRA_DOCS]


def documents_page(request: Request, lang: str) -> Response:
    rows = [(d["title"], d["url"], d["date"], d["size"]) for d in DOCUMENTS]
    rows += [(t, u, dt, sz) for (t, _f, dt, sz), u in zip(_EXTRA_DOCS, _EXTRA_URLS, strict=True)]
    trs = "".join(
        f'<tr><td class="table-cell-expand"><a href="{esc(u)}" target="_blank">{esc(t)}</a></td>'
        f"<td>{sz}</td><td>{dt}</td></tr>"
        for t, u, dt, sz in rows
    )
    inner = (
        '<table class="table table-autofit table-list show-quick-actions-on-hover"><thead><tr>'
        "<th>Tiêu đề</th><th>Kích thước</th><th>Ngày sửa đổi</th></tr></thead>"
        f"<tbody>{trs}</tbody></table>"
        '<div class="pagination-bar"><div class="pagination-results">Hiển thị 4 kết quả.</div></div>'
    )
    main = breadcrumb([("Trang chủ", SITE), ("Văn bản", None)]) + portlet(
        "com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_vbDl7Qw3Er5t", "Văn bản", inner
    )
    return layout(request, title="Văn bản", path=SITE + "/van-ban", main=main, active=SITE + "/van-ban",
                  lang=lang, plid=35424)


_ALBUM = [
    ("album-20-11-2026-01.jpg", "Họp mặt 20/11/2026"),
    ("album-20-11-2026-02.jpg", "Tuyên dương giáo viên tiêu biểu"),
    ("album-hkpd-2026-01.jpg", "Hội khỏe Phù Đổng cấp huyện"),
    ("album-doc-sach-2026-01.jpg", "Ngày hội đọc sách"),
]
_ALBUM_URLS = [doc(f, 35700) for f, _ in _ALBUM]


def gallery(request: Request, lang: str) -> Response:
    tiles = "".join(
        f'<div class="col-md-3 image-gallery-item"><a class="image-link" data-title="{esc(cap)}" href="{esc(u)}">'
        f'<img alt="{esc(cap)}" class="img-fluid" src="{esc(u)}&amp;imageThumbnail=1" /></a>'
        f'<span class="image-title">{esc(cap)}</span></div>'
        for (_f, cap), u in zip(_ALBUM, _ALBUM_URLS, strict=True)
    )
    main = breadcrumb([("Trang chủ", SITE), ("Thư viện ảnh", None)]) + portlet(
        "com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_tvAnh2Yu8Io0",
        "Thư viện ảnh",
        f'<div class="image-gallery row">{tiles}</div>',
    )
    return layout(request, title="Thư viện ảnh", path=SITE + "/thu-vien-anh", main=main,
                  active=SITE + "/thu-vien-anh", lang=lang, plid=35426)


def contact(request: Request, lang: str) -> Response:
    pid = "com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lhForm6Tr4Wq"
    inner = (
        f"<p><strong>{ORG}</strong></p>"
        "<p>Địa chỉ: Số 12, đường Nguyễn Trãi, khu phố 2, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang</p>"
        "<p>Điện thoại: 0273 3831 276 - Email: pgdchauthanh@tiengiang.edu.vn</p>"
        f'<form action="{SITE}/lien-he?p_p_id={pid}&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;'
        f'javax.portlet.action=%2Fdynamic_data_mapping_form%2Fadd_form_instance_record" method="post">'
        f'<input name="_{pid}_formInstanceId" type="hidden" value="45390" />'
        '<label>Họ và tên</label><input class="form-control" name="hoTen" type="text" />'
        '<label>Nội dung</label><textarea class="form-control" name="noiDung"></textarea>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form>'
    )
    main = breadcrumb([("Trang chủ", SITE), ("Liên hệ", None)]) + portlet(pid, "Liên hệ", inner)
    return layout(request, title="Liên hệ", path=SITE + "/lien-he", main=main, active=SITE + "/lien-he",
                  lang=lang, plid=35428)


def search_page(request: Request, lang: str) -> Response:
    q = request.params.get("q", "")
    inner = (
        f'<form action="{SITE}/search" method="get"><input class="form-control" name="q" value="{esc(q)}" />'
        '<button class="btn btn-primary" type="submit">Tìm kiếm</button></form>'
        f'<p class="search-total-label">Tìm thấy 0 kết quả cho <strong>{esc(q)}</strong>.</p>'
    )
    main = portlet("com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet_INSTANCE_tkKq1",
                   "Kết quả tìm kiếm", inner)
    return layout(request, title="Tìm kiếm", path=SITE + "/search", main=main, active="", lang=lang,
                  plid=35430, side=False)


def login_page(request: Request) -> Response:
    pid = "com_liferay_login_web_portlet_LoginPortlet"
    inner = (
        f'<form action="/c/portal/login?p_p_id={pid}&amp;p_p_lifecycle=1" method="post">'
        '<label>Địa chỉ email</label><input class="form-control" name="login" type="text" />'
        '<label>Mật khẩu</label><input class="form-control" name="password" type="password" />'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>'
    )
    return layout(request, title="Đăng nhập", path="/c/portal/login", main=portlet(pid, "Đăng nhập", inner),
                  active="", lang="vi", plid=35410, side=False)


# --- routing ---------------------------------------------------------------------------------

_AP_CONTENT = re.compile(r"^/web/pgd-chauthanh/([a-z-]+)/-/asset_publisher/([A-Za-z0-9]{12})/content/([a-z0-9-]+)$")
_AP_DOC = re.compile(r"^/web/pgd-chauthanh/thong-bao/-/asset_publisher/Qm3TzP9aLk2W/document/id/(\d+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/documents/"):
            found = _DOCS.get(path)
            if not found:
                return None
            ctype, body = found
            return Response(200, body, {"Content-Type": ctype, "Cache-Control": "max-age=315360000"})
        if path.startswith(("/o/", "/image/")):
            if path.startswith("/image/layout_set_logo"):
                return static_file("logo.png")
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return redirect(SITE, 302)
        if path == "/c/portal/login":
            return login_page(request)
        lang = "vi"
        if path.startswith("/en/"):
            lang, path = "en", path[3:]
        if path != "/" and path.endswith("/"):
            return redirect(("/en" if lang == "en" else "") + path.rstrip("/"), 301)
        return self._page(request, path, lang)

    def _page(self, request: Request, path: str, lang: str) -> Response | None:
        if path == SITE:
            return home(request, lang)
        for key, (lpath, *_rest) in LISTINGS.items():
            if path == lpath:
                return listing(request, key, lang)
        if path.startswith(SITE + "/w/"):
            slug = path[len(SITE) + 3 :]
            if slug == "co-cau-to-chuc":
                return org_chart(request, lang)
            story = BY_SLUG.get(slug)
            return _dpt_page(request, story, lang) if story else None
        m = _AP_CONTENT.match(path)
        if m:
            page, inst, slug = m.groups()
            story = BY_SLUG.get(slug)
            for key, (lpath, linst, *_rest) in LISTINGS.items():
                if (
                    lpath == f"{SITE}/{page}"
                    and linst == inst
                    and story is not None
                    and ap_content_target(story).split("?")[0] == path
                ):
                    return ap_content(request, key, story, lang)
            return None
        m = _AP_DOC.match(path)
        if m:
            d = next((d for d in DOCUMENTS if d["id"] == int(m.group(1))), None)
            return doc_view(request, d, lang) if d else None
        pages = {
            SITE + "/gioi-thieu": intro,
            SITE + "/van-ban": documents_page,
            SITE + "/thu-vien-anh": gallery,
            SITE + "/lien-he": contact,
            SITE + "/search": search_page,
        }
        fn = pages.get(path)
        return fn(request, lang) if fn else None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = article_path(story)
    return gold_record(
        story,
        path,
        story.cat,
        canonical_path=path,
        alt_paths=[ap_content_target(story), "/en" + path],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    SITE + "/gioi-thieu",
    SITE + "/w/co-cau-to-chuc",
    SITE + "/van-ban",
    SITE + "/thu-vien-anh",
    SITE + "/lien-he",
    doc_view_path(DOCUMENTS[0]),
    doc_view_path(DOCUMENTS[1]),
]
