"""Trường Chính trị tỉnh Cao Bằng on Liferay DXP 7.2 (Asset Publisher "abstracts"), vendor theme.

Platform
--------
Liferay DXP 7.2 (Java portlet portal) with the site ``/web/truongchinhtri`` and a vendor theme
("ctcb-theme": blue banner, drum-pattern header, sidebar widgets). Each news section is a layout
holding an Asset Publisher portlet (``com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet``
with an instance id) shown in the built-in "abstracts" display with its own paginator; an article
opens in the same portlet's full-content view, rendered by the vendor's FreeMarker template for the
"Tin bài" structure, followed by the portlet's metadata, ratings, share bookmarks and discussion.

URL scheme
----------
- ``/`` -> 302 ``/web/truongchinhtri`` (the site's home layout, also ``/web/truongchinhtri/trang-chu``).
- Layouts: ``/web/truongchinhtri/<friendly-url>`` (gioi-thieu, lich-su-phat-trien, co-cau-to-chuc,
  tin-tuc-su-kien, dao-tao-boi-duong, nghien-cuu-trao-doi, van-ban, thu-vien-anh, video, lien-he).
  Any query string on a layout is ignored except the Asset Publisher's own paging parameters.
- Listing page n of a section: ``/web/truongchinhtri/<section>?p_p_id=<portletId>&p_p_lifecycle=0
  &p_p_state=normal&p_p_mode=view&_<portletId>_delta=<d>&_<portletId>_resetCur=false
  &_<portletId>_cur=<n>`` (``<portletId>`` = ``com_liferay_asset_publisher_web_portlet_
  AssetPublisherPortlet_INSTANCE_<instanceId>``); a ``cur`` past the last page shows the last page.
- Article (full content, the gold path): ``/web/truongchinhtri/<section>/-/asset_publisher/
  <instanceId>/content/<url-title>``; the abstracts link it as ``…?redirect=<encoded listing URL>``.
- The same article also answers at: ``/web/truongchinhtri/-/<url-title>`` (its display page, "view
  in context" links of the home carousel), ``/web/truongchinhtri/trang-chu/-/asset_publisher/
  Xw9eLq2HcR5n/content/<url-title>?inheritRedirect=false&redirect=%2Fweb%2Ftruongchinhtri`` (the
  home page's "Tin mới" portlet opens it on the home layout) and the portlet's print view
  ``…/content/<url-title>?p_p_state=pop_up&_<portletId>_viewMode=print`` (opened by script only).
- Documents: ``/web/truongchinhtri/van-ban/-/document_library/Fj2sKd7LqW0e/view_file/<id>``; files
  under ``/documents/<groupId>/<folderId>/<file name>/<uuid>?t=<ms>`` (no extension at the end);
  adaptive media under ``/o/adaptive-media/image/<fileEntryId>/<config>/<name>?t=<ms>``.

Page templates
--------------
home (carousel "Tin nổi bật" + abstracts "Tin mới" + section heads), section listing (abstracts +
paginator), article (AP full content), static web content (intro, history, organisation, contact),
documents list + document entry, photo album, video page, search page (form only).

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (delta 4, regular numbered paginator): N1-N4 on page 1; N5, N6 only on
  page 2 (``…_cur=2``). N1 also from home "Tin mới" (home layout), N2 from the home carousel.
- Đào tạo - Bồi dưỡng (delta 3, "simple" paginator: Trang trước / Trang sau only): D1-D3 on
  page 1, D4 only on page 2. D1 also from home "Tin mới".
- Nghiên cứu - Trao đổi (delta 5, one page): R1-R3. R1 also from the home carousel.
- The vendor template's "Các tin khác" list under each article links the plain paths of the
  newest articles of its section (never the page-2 ones).

Traps
-----
1. Asset Publisher paging (pagination): the pages of a section are the same layout with the
   portlet's namespaced ``_…_INSTANCE_<id>_cur`` / ``_delta`` / ``_resetCur`` parameters plus
   ``p_p_id``/``p_p_lifecycle``/``p_p_state``/``p_p_mode``; page 1 is both the bare layout and
   ``…_cur=1``; the "simple" paginator of Đào tạo - Bồi dưỡng prints only "Trang sau →" (no
   numbers), the arrows of the regular one are icons with screen-reader text; the inactive arrows
   are ``javascript:;``. Gold: N5, N6, D4 are reachable only through page 2; listings are no gold.
2. One article, many URLs (duplicates): every abstracts link carries ``?redirect=<the listing's
   own URL>`` so the same article has one URL per listing page that shows it (bare page 1 and
   ``cur=1`` differ); the home carousel opens ``/web/truongchinhtri/-/<url-title>``; the home
   "Tin mới" opens it on the home layout; a print view exists. Liferay's canonical keeps the
   ``/-/…`` part and only drops the query, so the display-page and home-layout variants are
   self-canonical. Gold: ``path`` = the section layout's ``…/-/asset_publisher/<id>/content/<url-title>``
   without query; every other variant (and its canonical) in ``alt_paths``.
3. Category from the wrong layout (category): opened from home "Tin mới", the article sits on the
   home layout: breadcrumb "Trang chủ › <title>", portlet title "Tin mới", ``<title>`` "… - Trang
   chủ - …". Everywhere the full content's breadcrumb ends with the article's own title (the
   Asset Publisher adds it). Gold: ``category`` = the section the article is filed under
   (breadcrumb item before the title on its section layout): "Tin tức - Sự kiện", "Đào tạo - Bồi
   dưỡng" or "Nghiên cứu - Trao đổi" - never "Trang chủ", "Tin mới" or the title.
4. Headline vs. the things around it (title): the full content first prints the asset title in
   the portlet's back-link header (``<p class="component-title h4">``), then the vendor template
   prints an upper-case kicker (``<p class="ctcb-tdp">CÔNG ĐOÀN TRƯỜNG</p>``) above its own
   ``<h1 class="ctcb-td">``; ``<title>`` is "<title> - <layout> - Trường Chính trị tỉnh Cao
   Bằng". Gold: ``title`` = the headline only (no kicker, no suffix).
5. Dates as Liferay and the vendor print them (dates): the template prints time before day
   ("16:10 - 04/12/2026"); the Asset Publisher's metadata and the abstracts print Liferay's
   Vietnamese short date with a two-digit year ("Ngày đăng: 04/12/26") next to "Cập nhật:
   05/12/26" (modified). N3 prints "00:00 - 28/11/2026" (midnight: a day), N6's template date
   is empty so only "Ngày đăng: 18/11/26" dates it (gold "2026-11-18", not 1926 nor 2018), the
   notice D2 is posted "08:15 - 01/12/2026" but dated 30/11 in its letterhead (gold "2026-11-30").
6. Summary vs. the Asset Publisher's abstract (summary): the abstracts and ``<meta
   name="description">`` show the asset's summary; for articles without a "Tóm tắt" field Liferay
   fills it with the first 200 characters of the text cut with "...". Gold: ``summary`` = the
   template's bold ``<div class="ctcb-tomtat">`` when printed (then also the body's first
   paragraph); null for N3, N5, D2, R3 whatever the abstract/meta description says.
7. Who wrote it (bylines): the metadata line "Người đăng: Quản trị Cổng" is the CMS account
   (nobody); research articles print the byline between headline and text ("ThS. Nông Thị Hạnh"
   <br> "Khoa Lý luận cơ sở"; "TS. Đàm Văn Bộ - Phó Hiệu trưởng phụ trách …"); news print it after
   the text in the template ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "ThS. Hoàng Văn Dũng", "Minh Hòa")
   or as a right-aligned unit inside the text ("Chi bộ Khoa Xây dựng Đảng", "Công đoàn Trường").
   Gold: names only, degrees and posts dropped, units as printed; none of these lines is body.
8. Reader content inside the portlet (boundaries): under the text, inside the same
   ``asset-full-content``, come "Đánh giá" stars, share bookmarks, "Báo cáo vi phạm" and the
   discussion ("2 Bình luận") whose comments are ``<p>`` paragraphs of real sentences, plus the
   template's own "Các tin khác" list and, on D2, a "Tải về" attachment line. Gold: not body.
9. Adaptive-media pictures and extension-less document URLs (images): photos are
   ``<picture data-fileentryid>`` with ``<source srcset="/o/adaptive-media/…">`` and an ``<img
   src="/documents/20126/<folder>/<name>.jpg/<uuid>?t=<ms>">``; the abstracts' thumbnails are
   adaptive-media ``Thumbnail-300x300`` renditions; the carousel shows display-page images.
   Gold: ``images`` = the ``<img src>`` of the article's photos (with its ``?t=``), in order;
   captions: an italic centred paragraph after the photo, a second table row, a parenthesised line
   (parentheses dropped); "(Ảnh: Đàm Minh Tuấn)" alone is a credit (caption None, photographer).
10. Editor markup inside words (encodings): N3's paragraphs have words cut by ``<span
   style="font-family:…">`` mid-word ("Đả<span>ng</span>"), R3 has a paragraph pasted in NFD
   (decomposed tone marks), several paragraphs carry ``&nbsp;`` after commas, R2 joins two
   paragraphs with ``<br>``. Gold: words whole, NFC text, one paragraph per ``<br>`` part.
11. Source printed by the template (source): N6 is republished, the template's field prints
   "Nguồn: Báo Cao Bằng" under the reporter's name. D1's text has "Theo kế hoạch, …" and N4's
   "Theo kế hoạch, …": sentences, no source. Gold: N6 source "Báo Cao Bằng", others null.
12. An official notice (README convention): D2 is printed as a party-school notice: letterhead
   table "TỈNH ỦY CAO BẰNG / TRƯỜNG CHÍNH TRỊ TỈNH | ĐẢNG CỘNG SẢN VIỆT NAM", "Số 215-TB/TCT |
   Cao Bằng, ngày 30 tháng 11 năm 2026", "THÔNG BÁO" and its subject, then "Nơi nhận" and "K/T
   HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) / Hoàng Thị Minh Nguyệt". Gold: body = the text
   between subject and closing; date 2026-11-30; author "Hoàng Thị Minh Nguyệt".
13. Footnotes Word-style (README convention): R1 has ``<a href="#_ftn1" name="_ftnref1">[1]</a>``
   calls after sentences and a "Tài liệu tham khảo" block with the notes; both are text.

Gold decisions on ambiguous points
----------------------------------
- ``path``/``canonical_path`` is the section-layout URL without query, which the article's
  section pages declare canonical and the "Các tin khác" lists link. A crawler that reports the
  display-page or home-layout URL (self-canonical on those pages) matches through ``alt_paths``.
- ``published_at`` takes the template's "HH:MM - dd/mm/yyyy" when it has one (else the metadata's
  "Ngày đăng"), never "Cập nhật"; D2 takes its letterhead day.
- The kicker and the "Lượt xem" counter are not body; a template "Tóm tắt" is the sapo.
- R1's headings ("1. Sự cần thiết …", "Tài liệu tham khảo") and list items are paragraphs; R2's
  table rows are paragraphs with cells joined by " | ".
- Captions that only credit the photographer ("(Ảnh: X)") are no caption; X is a photographer.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "liferay72_abstracts_pager_tct"
PLATFORM = "Liferay DXP 7.2 (Asset Publisher abstracts + full content), vendor theme"
START_PATH = "/"

SITE = "/web/truongchinhtri"
SITE_NAME = "Trường Chính trị tỉnh Cao Bằng"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
HOME_INST = "Xw9eLq2HcR5n"
DL_INST = "Fj2sKd7LqW0e"
THEME = "/o/ctcb-theme"
GROUP_ID = 20126


def ns(inst: str) -> str:
    """The portlet namespace Liferay prefixes its parameters with."""
    return f"_{AP}{inst}_"


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str
    inst: str
    delta: int
    paging: str  # "regular" (numbers) or "simple" (previous / next)
    plid: int


CATS = {
    "news": Cat("tin-tuc-su-kien", "Tin tức - Sự kiện", "hQ7tVx2LmK9c", 4, "regular", 14),
    "train": Cat("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", "Bd4NpZr81sWe", 3, "simple", 15),
    "research": Cat("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", "oT3kYf6uJa0M", 5, "regular", 16),
}

# --- files -----------------------------------------------------------------------------------


def _uuid(name: str) -> str:
    h = hashlib.md5(name.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _fid(name: str) -> int:
    return 40200 + int(hashlib.md5(name.encode()).hexdigest()[:4], 16) % 700


def _ts(name: str) -> int:
    return 1764800000000 + int(hashlib.md5(name.encode()).hexdigest()[:6], 16)


def doc(name: str, folder: int = 40187) -> str:
    """A Document Library URL as Liferay 7.2 prints it: title, then uuid, then ``?t=``."""
    return f"/documents/{GROUP_ID}/{folder}/{name}/{_uuid(name)}?t={_ts(name)}"


def am(name: str, config: str = "Preview-1000x0") -> str:
    """An adaptive-media rendition of a document image."""
    return f"/o/adaptive-media/image/{_fid(name)}/{config}/{name}?t={_ts(name)}"


def _name_of(src: str) -> str:
    return src.split("/")[4]


# --- the articles ------------------------------------------------------------------------------

CMS_USER = "Quản trị Cổng"

N1 = Story(
    id=1,
    slug="be-mac-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Bế mạc Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    cat="news",
    published_at="2026-12-04T16:10:00+07:00",
    summary=(
        "Chiều 04/12, Trường Chính trị tỉnh Cao Bằng tổ chức bế mạc Hội thi giảng viên dạy giỏi "
        "cấp trường năm 2026. Sau 3 ngày thi, Ban Giám khảo đã lựa chọn 9 giảng viên đạt danh hiệu "
        "giảng viên dạy giỏi, trong đó có 3 giải Nhất."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi năm nay có 14 giảng viên thuộc 4 khoa chuyên môn tham gia, với các bài giảng thuộc "
            "chương trình Trung cấp lý luận chính trị và các chương trình bồi dưỡng cán bộ, công chức. "
            "Mỗi thí sinh phải trải qua hai phần thi: trình bày đề cương bài giảng và giảng một tiết "
            "trên lớp trước Ban Giám khảo và học viên.",
            "nbsp",
        ),
        Img(
            doc("hoi-thi-gvdg-2026-1.jpg"),
            "Đồng chí Hoàng Thị Minh Nguyệt, Phó Hiệu trưởng, Trưởng Ban Giám khảo phát biểu bế mạc Hội thi.",
            "Đồng chí Hoàng Thị Minh Nguyệt, Phó Hiệu trưởng, Trưởng Ban Giám khảo phát biểu bế mạc Hội thi.",
            "am-em",
        ),
        P(
            "Theo đánh giá của Ban Giám khảo, các bài giảng được chuẩn bị công phu, bám sát mục tiêu, yêu "
            "cầu của chương trình; nhiều giảng viên đã mạnh dạn ứng dụng công nghệ thông tin, sử dụng bản "
            "đồ tư duy, tình huống thực tiễn của địa phương để minh họa, tạo không khí sôi nổi trong giờ học."
        ),
        P(
            "Bên cạnh những kết quả đạt được, Hội thi cũng bộc lộ một số hạn chế như: phân bổ thời gian "
            "giữa các phần của bài giảng chưa hợp lý; việc liên hệ thực tiễn ở một số bài còn chung chung, "
            "chưa gắn với đặc điểm của tỉnh miền núi, biên giới."
        ),
        P(
            "Phát biểu bế mạc, đồng chí Phó Hiệu trưởng đề nghị các khoa, phòng tổ chức rút kinh nghiệm "
            "sau Hội thi, nhân rộng những cách làm hay; mỗi giảng viên tiếp tục tự học, tự bồi dưỡng, đổi "
            "mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người học."
        ),
        Img(
            doc("hoi-thi-gvdg-2026-2.jpg"),
            "Ban Tổ chức trao giải Nhất cho các giảng viên có bài giảng xuất sắc.",
            "Ban Tổ chức trao giải Nhất cho các giảng viên có bài giảng xuất sắc.",
            "em",
        ),
        P(
            "Kết quả, Ban Tổ chức đã trao 3 giải Nhất, 3 giải Nhì và 3 giải Ba cho các giảng viên đạt "
            "thành tích cao. Các giảng viên đạt giải Nhất sẽ được lựa chọn tham dự Hội thi giảng viên dạy "
            "giỏi trường chính trị toàn quốc năm 2027."
        ),
    ],
    authors=["Lục Thị Thu Hà"],
    photographers=["Lục Thị Thu Hà"],
    opts={
        "tdate": "16:10 - 04/12/2026",
        "short": "04/12/26",
        "mod": "05/12/26",
        "byline": "Tin, ảnh: Lục Thị Thu Hà",
        "rating": ("4,5", 6),
        "home": True,
        "comments": [
            (
                "Hoàng Minh Khôi",
                "1 ngày trước",
                "Chúc mừng các thầy cô đạt giải. Năm nay nhiều bài giảng có tình huống của Cao Bằng, "
                "học viên chúng em rất dễ tiếp thu.",
            ),
            (
                "Nông Thị Lan",
                "15 giờ trước",
                "Mong Nhà trường đăng tải một số bài giảng đạt giải Nhất để học viên các lớp không tập "
                "trung cùng tham khảo.",
            ),
        ],
    },
)

N2 = Story(
    id=2,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-voi-truong-chinh-tri-tinh-cao-bang",
    title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh Cao Bằng",
    cat="news",
    published_at="2026-12-02T09:45:00+07:00",
    summary=(
        "Sáng 02/12, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Lê Quang Thành, Phó "
        "Giám đốc Học viện làm trưởng đoàn đã đến làm việc với Trường Chính trị tỉnh Cao Bằng về công "
        "tác phối hợp đào tạo, bồi dưỡng cán bộ giai đoạn 2026 - 2030."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tiếp và làm việc với Đoàn có đồng chí Đàm Văn Bộ, Phó Hiệu trưởng phụ trách Trường cùng lãnh "
            "đạo các khoa, phòng chuyên môn."
        ),
        Img(doc("lam-viec-hvctkv1.jpg"), "Quang cảnh buổi làm việc.", "Quang cảnh buổi làm việc.", "table"),
        P(
            "Báo cáo tại buổi làm việc cho biết, năm 2026 Nhà trường đã phối hợp với Học viện Chính trị "
            "khu vực I tổ chức 2 lớp Cao cấp lý luận chính trị hệ không tập trung tại tỉnh với 186 học "
            "viên; đồng thời mở 9 lớp Trung cấp lý luận chính trị - hành chính và 37 lớp bồi dưỡng với "
            "trên 3.200 lượt học viên."
        ),
        P(
            "Nhà trường đề nghị Học viện tiếp tục hỗ trợ giảng viên tham gia giảng dạy các chuyên đề khó, "
            "tạo điều kiện cho giảng viên của Trường được đi thực tế, tham gia các đề tài khoa học do Học "
            "viện chủ trì; đồng thời quan tâm chia sẻ tài liệu, học liệu điện tử phục vụ chuyển đổi số "
            "trong đào tạo."
        ),
        P(
            "Phát biểu tại buổi làm việc, PGS.TS Lê Quang Thành ghi nhận những kết quả Trường Chính trị "
            "tỉnh Cao Bằng đạt được trong điều kiện còn nhiều khó khăn về cơ sở vật chất và địa bàn rộng, "
            "chia cắt. Đồng chí nhấn mạnh, hai bên cần xây dựng chương trình phối hợp cụ thể, chú trọng "
            "nâng cao chất lượng đầu vào và quản lý học viên các lớp mở tại địa phương."
        ),
        P(
            "Dịp này, Đoàn công tác đã tặng Nhà trường 200 đầu sách lý luận chính trị phục vụ công tác "
            "giảng dạy, nghiên cứu."
        ),
    ],
    authors=["Hoàng Văn Dũng"],
    opts={
        "tdate": "09:45 - 02/12/2026",
        "short": "02/12/26",
        "mod": "03/12/26",
        "byline": "ThS. Hoàng Văn Dũng",
        "rating": ("5,0", 3),
        "featured": True,
    },
)

N3 = Story(
    id=3,
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
    cat="news",
    published_at="2026-11-28",
    blocks=[
        P(
            "Thực hiện Hướng dẫn của Đảng ủy Trường về sinh hoạt chuyên đề năm 2026, ngày 27/11, Chi bộ "
            "Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao chất lượng sinh "
            "hoạt chi bộ gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
            "split",
        ),
        P(
            "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt những nội dung cơ bản của Chỉ thị "
            "số 05-CT/TW của Bộ Chính trị và Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số "
            "05-CT/TW; liên hệ với thực tiễn công tác giảng dạy của giảng viên trong Khoa.",
            "split",
        ),
        P(
            "Các đảng viên đã tập trung thảo luận, làm rõ những ưu điểm, hạn chế trong sinh hoạt chi bộ "
            "thời gian qua như: nội dung sinh hoạt có lúc còn dàn trải, việc chuẩn bị tài liệu chưa chu "
            "đáo, tỷ lệ đảng viên phát biểu ý kiến chưa cao.",
            "split",
        ),
        P(
            "Chi bộ thống nhất một số giải pháp trong thời gian tới: đổi mới cách thức chuẩn bị nội dung "
            "sinh hoạt, phân công đảng viên chuẩn bị chuyên đề trước ít nhất 10 ngày; gắn sinh hoạt chuyên "
            "đề với nhiệm vụ chính trị của Khoa và của Nhà trường.",
            "split",
        ),
        Raw(
            '<p style="text-align: right;"><span style="font-size:14px;"><strong>Chi bộ Khoa Xây dựng '
            "Đảng</strong></span></p>"
        ),
    ],
    authors=["Chi bộ Khoa Xây dựng Đảng"],
    opts={"tdate": "00:00 - 28/11/2026", "short": "28/11/26", "mod": "30/11/26"},
)

N4 = Story(
    id=4,
    slug="truong-chinh-tri-tinh-mit-tinh-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
    title=(
        "Trường Chính trị tỉnh mít tinh hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, "
        "ứng phó với bạo lực trên cơ sở giới năm 2026"
    ),
    cat="news",
    published_at="2026-11-25T14:00:00+07:00",
    summary=(
        "Chiều 25/11, Ban Chấp hành Công đoàn phối hợp với Chi đoàn Trường Chính trị tỉnh Cao Bằng tổ "
        "chức mít tinh hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực "
        "trên cơ sở giới năm 2026 với chủ đề “Chung tay chấm dứt bạo lực trên cơ sở giới”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự buổi mít tinh có trên 80 cán bộ, giảng viên, nhân viên và học viên lớp Trung cấp lý "
            "luận chính trị hệ tập trung khóa 45."
        ),
        P(
            "Tại buổi mít tinh, đại diện Ban Nữ công đã thông tin về tình hình thực hiện Luật Bình đẳng "
            "giới trên địa bàn tỉnh; những kết quả đạt được và những thách thức trong công tác phòng ngừa "
            "bạo lực gia đình, xâm hại trẻ em ở vùng đồng bào dân tộc thiểu số."
        ),
        Img(
            doc("mit-tinh-binh-dang-gioi.jpg"),
            "(Cán bộ, giảng viên và học viên tham gia mít tinh)",
            "Cán bộ, giảng viên và học viên tham gia mít tinh",
            "em",
        ),
        P(
            "Theo kế hoạch, trong thời gian từ ngày 15/11 đến 15/12/2026, Công đoàn Trường sẽ treo băng "
            "rôn, khẩu hiệu tuyên truyền, lồng ghép nội dung bình đẳng giới vào các buổi sinh hoạt chuyên "
            "môn và tổ chức tọa đàm chuyên đề dành cho nữ cán bộ, giảng viên."
        ),
        P(
            "Dịp này, Công đoàn Trường đã trao 5 suất quà cho các đoàn viên có hoàn cảnh khó khăn, mỗi "
            "suất trị giá 1.000.000 đồng."
        ),
    ],
    authors=["Bế Thu Hà"],
    photographers=["Nông Đức Anh"],
    opts={
        "tdate": "14:00 - 25/11/2026",
        "short": "25/11/26",
        "mod": "25/11/26",
        "kicker": "CÔNG ĐOÀN TRƯỜNG",
        "byline": "Tin: Bế Thu Hà - Ảnh: Nông Đức Anh",
    },
)

N5 = Story(
    id=5,
    slug="soi-noi-giai-the-thao-chao-mung-44-nam-ngay-nha-giao-viet-nam",
    title="Sôi nổi giải thể thao chào mừng 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="news",
    published_at="2026-11-19T10:30:00+07:00",
    blocks=[
        P(
            "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, từ ngày 17 đến 19/11, Công đoàn Trường Chính "
            "trị tỉnh Cao Bằng tổ chức giải thể thao dành cho cán bộ, giảng viên, nhân viên và học viên "
            "các lớp đang học tập tại Trường."
        ),
        P(
            "Giải năm nay gồm 3 nội dung: bóng chuyền hơi, cầu lông và kéo co, thu hút 126 vận động viên "
            "đến từ 7 đội thi. Các trận đấu diễn ra sôi nổi, đoàn kết, thể hiện tinh thần thượng võ và sự "
            "giao lưu gắn bó giữa giảng viên với học viên.",
            "nbsp",
        ),
        Img(doc("giai-the-thao-20-11.jpg"), "(Ảnh: Đàm Minh Tuấn)", None, "em"),
        P(
            "Kết thúc giải, Ban Tổ chức đã trao giải Nhất môn bóng chuyền hơi cho đội lớp Trung cấp lý "
            "luận chính trị hệ tập trung khóa 45; giải Nhất kéo co thuộc về đội liên quân Khoa Dân vận - "
            "Phòng Tổ chức, Hành chính và Quản trị; nội dung cầu lông đôi nam nữ, giải Nhất thuộc về cặp "
            "vận động viên của Khoa Lý luận cơ sở."
        ),
        Raw("@@XEMTHEM@@"),
        P(
            "Hoạt động góp phần chào mừng Ngày Nhà giáo Việt Nam, đồng thời tạo sân chơi lành mạnh, rèn "
            "luyện sức khỏe cho cán bộ, giảng viên và học viên sau những giờ học tập, công tác."
        ),
        Raw('<p style="text-align: right;"><strong>Công đoàn Trường</strong></p>'),
    ],
    authors=["Công đoàn Trường"],
    photographers=["Đàm Minh Tuấn"],
    opts={"tdate": "10:30 - 19/11/2026", "short": "19/11/26", "mod": "20/11/26"},
)

N6 = Story(
    id=6,
    slug="cao-bang-tren-3-200-luot-can-bo-dang-vien-duoc-dao-tao-boi-duong-ly-luan-chinh-tri",
    title="Cao Bằng: Trên 3.200 lượt cán bộ, đảng viên được đào tạo, bồi dưỡng lý luận chính trị năm 2026",
    cat="news",
    published_at="2026-11-18",
    summary=(
        "Năm 2026, Trường Chính trị tỉnh Cao Bằng đã mở 48 lớp đào tạo, bồi dưỡng với trên 3.200 lượt "
        "học viên, vượt 12% so với kế hoạch được giao."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Trong đó, Nhà trường phối hợp với Học viện Chính trị khu vực I mở 2 lớp Cao cấp lý luận chính "
            "trị hệ không tập trung; tổ chức 9 lớp Trung cấp lý luận chính trị - hành chính và 37 lớp bồi "
            "dưỡng các đối tượng theo phân cấp quản lý cán bộ."
        ),
        P(
            "Chương trình, nội dung đào tạo được cập nhật kịp thời các văn kiện, nghị quyết mới của Đảng, "
            "nhất là các nội dung liên quan đến việc sắp xếp tổ chức bộ máy và vận hành chính quyền địa "
            "phương hai cấp. Nhiều lớp được mở ngay tại các xã vùng cao, biên giới, giúp cán bộ cơ sở "
            "thuận lợi hơn trong việc vừa học vừa làm."
        ),
        P(
            "Đồng chí Đàm Văn Bộ, Phó Hiệu trưởng phụ trách Trường Chính trị tỉnh cho biết, khó khăn lớn "
            "nhất hiện nay là đội ngũ giảng viên còn mỏng, một số khoa thiếu giảng viên có trình độ chuyên "
            "sâu; cơ sở vật chất phục vụ học viên ở nội trú đã xuống cấp."
        ),
        P(
            "Năm 2027, Nhà trường phấn đấu mở trên 50 lớp, chú trọng bồi dưỡng kỹ năng lãnh đạo, quản lý "
            "và chuyển đổi số cho cán bộ cấp xã."
        ),
    ],
    authors=["Minh Hòa"],
    source="Báo Cao Bằng",
    opts={
        "tdate": "",
        "short": "18/11/26",
        "mod": "21/11/26",
        "byline": "Minh Hòa",
        "source_line": "Nguồn: Báo Cao Bằng",
    },
)

D1 = Story(
    id=7,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-2026-2028-tai-xa-bao-lac",
    title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 tại xã Bảo Lạc",
    cat="train",
    published_at="2026-12-03T08:00:00+07:00",
    summary=(
        "Ngày 02/12, Trường Chính trị tỉnh Cao Bằng phối hợp với Đảng ủy xã Bảo Lạc tổ chức khai giảng "
        "lớp Trung cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 cho 68 học viên là cán bộ, "
        "công chức các xã khu vực miền Tây của tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo kế hoạch, lớp học được tổ chức trong thời gian 18 tháng, học viên học tập trung mỗi "
            "tháng 10 ngày tại Trung tâm chính trị xã Bảo Lạc. Chương trình gồm 4 phần: Những vấn đề cơ "
            "bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Những vấn đề cơ bản về Đảng Cộng sản, "
            "Nhà nước và hệ thống chính trị; Những vấn đề cơ bản về quản lý hành chính nhà nước; Kỹ năng "
            "lãnh đạo, quản lý và nghiệp vụ."
        ),
        Img(
            doc("khai-giang-tc-bao-lac.jpg"),
            "Đồng chí Hoàng Thị Minh Nguyệt, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học.",
            "Đồng chí Hoàng Thị Minh Nguyệt, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học.",
            "am-em",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên xác định rõ mục tiêu, động cơ "
            "học tập đúng đắn, chấp hành nghiêm nội quy, quy chế đào tạo; tích cực nghiên cứu, trao đổi, "
            "liên hệ với thực tiễn công tác tại địa phương."
        ),
        P(
            "Đại diện lãnh đạo Đảng ủy xã Bảo Lạc cam kết tạo điều kiện tốt nhất về cơ sở vật chất, chỗ ở "
            "cho học viên và giảng viên trong suốt thời gian học tập."
        ),
    ],
    authors=["Phòng Quản lý đào tạo"],
    opts={
        "tdate": "08:00 - 03/12/2026",
        "short": "03/12/26",
        "mod": "03/12/26",
        "byline": "Phòng Quản lý đào tạo",
        "home": True,
    },
)

_NOTICE_HEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">
<tbody>
<tr>
<td style="width:45%; text-align:center; vertical-align:top;">TỈNH ỦY CAO BẰNG<br />
<strong>TRƯỜNG CHÍNH TRỊ TỈNH</strong><br />
*<br />
Số 215-TB/TCT</td>
<td style="width:55%; text-align:center; vertical-align:top;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />
&nbsp;<br />
&nbsp;<br />
<em>Cao Bằng, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;">&nbsp;</p>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />
<strong>chiêu sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 46</strong></p>
<p style="text-align: center;">-----</p>"""

_NOTICE_FOOT = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">
<tbody>
<tr>
<td style="width:50%; vertical-align:top;"><strong><em>Nơi nhận:</em></strong><br />
<span style="font-size:11px;">- Ban Tổ chức Tỉnh ủy (b/c),<br />
- Các đảng bộ trực thuộc Tỉnh ủy,<br />
- Các sở, ban, ngành, đoàn thể tỉnh,<br />
- Lưu VP, Phòng QLĐT.</span></td>
<td style="width:50%; text-align:center; vertical-align:top;"><strong>K/T HIỆU TRƯỞNG<br />
PHÓ HIỆU TRƯỞNG</strong><br />
<em>(Đã ký)</em><br />
&nbsp;<br />
<strong>Hoàng Thị Minh Nguyệt</strong></td>
</tr>
</tbody>
</table>"""

D2 = Story(
    id=8,
    slug="thong-bao-chieu-sinh-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-khoa-46",
    title="Thông báo chiêu sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 46",
    cat="train",
    published_at="2026-11-30",
    blocks=[
        Raw(_NOTICE_HEAD),
        P(
            "Căn cứ Kế hoạch số 86-KH/TU ngày 15/01/2026 của Ban Thường vụ Tỉnh ủy về đào tạo, bồi dưỡng "
            "cán bộ năm 2026; căn cứ Quyết định số 1120-QĐ/BTCTU ngày 20/11/2026 của Ban Tổ chức Tỉnh ủy "
            "về việc mở lớp Trung cấp lý luận chính trị hệ tập trung khóa 46,"
        ),
        P(
            "Trường Chính trị tỉnh Cao Bằng thông báo chiêu sinh lớp Trung cấp lý luận chính trị hệ tập "
            "trung khóa 46 như sau:"
        ),
        P(
            "1. Đối tượng: Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý "
            "cấp phòng và tương đương; cán bộ chủ chốt cấp xã chưa qua đào tạo trung cấp lý luận chính trị."
        ),
        P(
            "2. Thời gian học: 08 tháng, dự kiến khai giảng ngày 05/01/2027 tại Trường Chính trị tỉnh, "
            "phường Thục Phán, tỉnh Cao Bằng."
        ),
        P("3. Hồ sơ gồm:"),
        P("- Quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền;"),
        P("- Bản sao bằng tốt nghiệp trung học phổ thông hoặc tương đương;"),
        P("- Sơ yếu lý lịch có xác nhận của cơ quan quản lý, 02 ảnh cỡ 3x4."),
        P(
            "4. Thời hạn nộp hồ sơ: trước ngày 20/12/2026, nộp tại Phòng Quản lý đào tạo, Trường Chính "
            "trị tỉnh Cao Bằng (điện thoại: 0206.3852.514)."
        ),
        P(
            "Trường Chính trị tỉnh đề nghị các cơ quan, đơn vị quan tâm, cử cán bộ tham gia học tập đúng "
            "đối tượng, bảo đảm thời gian quy định."
        ),
        Raw(_NOTICE_FOOT),
    ],
    authors=["Hoàng Thị Minh Nguyệt"],
    opts={
        "tdate": "08:15 - 01/12/2026",
        "short": "01/12/26",
        "mod": "02/12/26",
        "attach": ("TB-215-TCT-chieu-sinh-K46.pdf", 40310),
    },
)

D3 = Story(
    id=9,
    slug="be-giang-lop-boi-duong-lanh-dao-quan-ly-cap-phong-va-tuong-duong-khoa-ii-nam-2026",
    title="Bế giảng lớp Bồi dưỡng lãnh đạo, quản lý cấp phòng và tương đương khóa II năm 2026",
    cat="train",
    published_at="2026-11-27T15:00:00+07:00",
    summary=(
        "Chiều 27/11, Trường Chính trị tỉnh Cao Bằng tổ chức bế giảng lớp Bồi dưỡng lãnh đạo, quản lý "
        "cấp phòng và tương đương khóa II năm 2026 cho 54 học viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Sau 6 tuần học tập, các học viên đã được trang bị kiến thức, kỹ năng về lãnh đạo, quản lý; "
            "phương pháp xây dựng kế hoạch, tổ chức thực hiện nhiệm vụ của cơ quan, đơn vị; kỹ năng giải "
            "quyết tình huống và xử lý các vấn đề phát sinh trong thực tiễn quản lý ở cấp phòng."
        ),
        P(
            "Kết quả học tập: 100% học viên đủ điều kiện tốt nghiệp, trong đó có 17 học viên đạt loại giỏi "
            "(chiếm 31,5%), 37 học viên đạt loại khá (chiếm 68,5%)."
        ),
        Img(
            doc("be-giang-lop-cap-phong-k2.jpg"),
            "Lãnh đạo Nhà trường trao giấy khen cho các học viên có thành tích xuất sắc trong học tập.",
            "Lãnh đạo Nhà trường trao giấy khen cho các học viên có thành tích xuất sắc trong học tập.",
            "table",
        ),
        P("Nhà trường đã tặng giấy khen cho 5 học viên có thành tích xuất sắc trong học tập và rèn luyện."),
        P(
            "Phát biểu bế giảng, lãnh đạo Nhà trường mong muốn mỗi học viên sau khi trở về cơ quan, đơn vị "
            "sẽ vận dụng sáng tạo những kiến thức đã học vào thực tiễn công tác, góp phần nâng cao hiệu "
            "lực, hiệu quả hoạt động của cơ quan, đơn vị."
        ),
    ],
    authors=["Ngọc Ánh"],
    photographers=["Ngọc Ánh"],
    opts={
        "tdate": "15:00 - 27/11/2026",
        "short": "27/11/26",
        "mod": "28/11/26",
        "byline": "Tin, ảnh: Ngọc Ánh",
        "comments": [
            (
                "Triệu Văn Hưng",
                "6 ngày trước",
                "Lớp học bổ ích, giảng viên nhiệt tình. Cảm ơn Nhà trường đã tạo điều kiện cho học viên "
                "đi thực tế ở cơ sở trong thời gian học.",
            ),
        ],
    },
)

D4 = Story(
    id=10,
    slug="lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-45-nghien-cuu-thuc-te-tai-xa-dam-thuy",
    title="Lớp Trung cấp lý luận chính trị - hành chính khóa 45 nghiên cứu thực tế tại xã Đàm Thủy",
    cat="train",
    published_at="2026-11-12T09:00:00+07:00",
    summary=(
        "Từ ngày 09 đến 11/11, 72 học viên lớp Trung cấp lý luận chính trị - hành chính hệ tập trung "
        "khóa 45 đã đi nghiên cứu thực tế tại xã Đàm Thủy, một xã biên giới có Khu du lịch Thác Bản Giốc."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại buổi làm việc, lãnh đạo Đảng ủy, UBND xã đã giới thiệu khái quát tình hình kinh tế - xã "
            "hội, quốc phòng - an ninh của địa phương; kết quả triển khai mô hình chính quyền địa phương "
            "hai cấp sau hơn một năm vận hành và công tác quản lý, khai thác tiềm năng du lịch gắn với bảo "
            "vệ chủ quyền biên giới."
        ),
        Img(
            doc("nctt-k45-dam-thuy-1.jpg"),
            "Học viên lớp Trung cấp lý luận chính trị - hành chính khóa 45 làm việc với Đảng ủy xã Đàm Thủy.",
            "Học viên lớp Trung cấp lý luận chính trị - hành chính khóa 45 làm việc với Đảng ủy xã Đàm Thủy.",
            "am-em",
        ),
        P(
            "Các học viên đã trao đổi, thảo luận nhiều vấn đề thực tiễn như: giải quyết việc làm cho lao "
            "động địa phương, phát triển du lịch cộng đồng ở các xóm Bản Giốc, Khuổi Ky; công tác tuyên "
            "truyền, vận động nhân dân tham gia bảo vệ đường biên, mốc giới."
        ),
        Img(doc("nctt-k45-dam-thuy-2.jpg"), None, None, "plain"),
        P(
            "Đoàn cũng đã đến thăm, dâng hương tại Đền thờ Vua Lê, tìm hiểu mô hình làng đá Khuổi Ky và "
            "trồng cây lưu niệm tại Đồn Biên phòng Đàm Thủy."
        ),
        P(
            "Kết thúc đợt nghiên cứu thực tế, mỗi học viên sẽ viết thu hoạch, gắn những kiến thức lý luận "
            "đã học với thực tiễn địa phương; đây cũng là căn cứ để học viên hoàn thành tiểu luận cuối khóa."
        ),
    ],
    authors=["Thu Hằng"],
    photographers=["Văn Chung"],
    opts={
        "tdate": "09:00 - 12/11/2026",
        "short": "12/11/26",
        "mod": "12/11/26",
        "kicker": "NGHIÊN CỨU THỰC TẾ",
        "byline": "Tin: Thu Hằng - Ảnh: Văn Chung",
    },
)

R1 = Story(
    id=11,
    slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
    title=(
        "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị tại Trường Chính trị "
        "tỉnh Cao Bằng"
    ),
    cat="research",
    published_at="2026-11-30T07:30:00+07:00",
    summary=(
        "Đổi mới phương pháp dạy học theo hướng phát huy tính tích cực, chủ động của người học là yêu "
        "cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị cho đội ngũ cán bộ, "
        "đảng viên hiện nay."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Sự cần thiết của việc đổi mới phương pháp giảng dạy", "h"),
        P(
            "Học viên của Trường Chính trị tỉnh phần lớn là cán bộ, công chức đang công tác, đã có kinh "
            "nghiệm thực tiễn nhất định, nhiều người là đồng bào dân tộc Tày, Nùng, Mông, Dao. Phương pháp "
            "thuyết trình một chiều, nặng về truyền thụ kiến thức khiến học viên dễ thụ động, khó liên hệ "
            "với thực tiễn công tác ở cơ sở.[1]",
            "fn",
        ),
        P(
            "Nghị quyết số 32-NQ/TW của Bộ Chính trị về tiếp tục đổi mới, nâng cao chất lượng đào tạo, bồi "
            "dưỡng lý luận chính trị cho cán bộ lãnh đạo, quản lý đã đặt ra yêu cầu đổi mới mạnh mẽ phương "
            "pháp giảng dạy, lấy người học làm trung tâm.[2]",
            "fn",
        ),
        P("2. Một số phương pháp đã được vận dụng", "h"),
        P(
            "Phương pháp nêu vấn đề: giảng viên đặt ra các câu hỏi gắn với tình hình thực tế của tỉnh, yêu "
            "cầu học viên phân tích, đề xuất hướng giải quyết.",
            "li",
        ),
        P(
            "Phương pháp thảo luận nhóm: lớp học được chia thành các nhóm từ 6 đến 8 học viên, mỗi nhóm "
            "giải quyết một tình huống và cử đại diện trình bày trước lớp.",
            "li",
        ),
        P(
            "Phương pháp tình huống: sử dụng các vụ việc có thật ở cơ sở như tranh chấp đất đai, khiếu nại "
            "về bồi thường giải phóng mặt bằng để học viên thực hành kỹ năng xử lý.",
            "li",
        ),
        P(
            "Qua khảo sát 215 học viên các lớp Trung cấp lý luận chính trị năm 2026, có 82,3% học viên đánh "
            "giá các phương pháp trên giúp bài học dễ hiểu, dễ nhớ và sát với công việc hằng ngày."
        ),
        P("3. Một số giải pháp trong thời gian tới", "h"),
        P(
            "Một là, tăng cường bồi dưỡng kỹ năng sư phạm, kỹ năng sử dụng công nghệ thông tin cho đội ngũ "
            "giảng viên. Hai là, xây dựng ngân hàng tình huống gắn với thực tiễn của tỉnh Cao Bằng. Ba là, "
            "đổi mới hình thức kiểm tra, đánh giá theo hướng đánh giá năng lực vận dụng của học viên."
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "[1] Trường Chính trị tỉnh Cao Bằng: Báo cáo tổng kết năm học 2025 - 2026, tháng 8/2026.",
            "note",
        ),
        P(
            "[2] Bộ Chính trị: Nghị quyết số 32-NQ/TW ngày 26/5/2014 về tiếp tục đổi mới, nâng cao chất "
            "lượng đào tạo, bồi dưỡng lý luận chính trị cho cán bộ lãnh đạo, quản lý.",
            "note",
        ),
    ],
    authors=["Nông Thị Hạnh"],
    opts={
        "tdate": "07:30 - 30/11/2026",
        "short": "30/11/26",
        "mod": "01/12/26",
        "top_byline": (
            '<div class="ctcb-tgbv" style="text-align:right;"><strong>ThS. Nông Thị Hạnh</strong><br />'
            "<em>Khoa Lý luận cơ sở</em></div>"
        ),
        "featured": True,
        "thumb": "anh-dai-dien-ppdh-tich-cuc.jpg",
    },
)

R2 = Story(
    id=12,
    slug="nang-cao-chat-luong-boi-duong-can-bo-co-so-vung-dong-bao-dan-toc-thieu-so",
    title=(
        "Nâng cao chất lượng bồi dưỡng cán bộ cơ sở vùng đồng bào dân tộc thiểu số ở tỉnh Cao Bằng "
        "hiện nay"
    ),
    cat="research",
    published_at="2026-11-16T20:05:00+07:00",
    summary=(
        "Cao Bằng là tỉnh miền núi, biên giới với trên 95% dân số là đồng bào các dân tộc thiểu số. "
        "Chất lượng đội ngũ cán bộ cơ sở có ý nghĩa quyết định đến việc thực hiện thắng lợi các chủ "
        "trương, chính sách của Đảng, pháp luật của Nhà nước tại địa phương."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp, toàn tỉnh hiện "
            "có 56 xã, phường với trên 3.000 cán bộ, công chức cấp xã. Yêu cầu nhiệm vụ đối với cán bộ cơ "
            "sở ngày càng cao, trong khi trình độ, năng lực của một bộ phận cán bộ chưa theo kịp."
        ),
        P(
            "Giai đoạn 2024 - 2026, Trường Chính trị tỉnh đã tổ chức bồi dưỡng cho cán bộ cơ sở với kết "
            "quả cụ thể như sau:"
        ),
        P("Năm | Số lớp | Số lượt học viên | Tỷ lệ học viên là người dân tộc thiểu số", "tr"),
        P("2024 | 29 | 2.145 | 91,2%", "tr"),
        P("2025 | 33 | 2.560 | 92,7%", "tr"),
        P("2026 | 37 | 3.218 | 93,4%", "tr"),
        P(
            "Bên cạnh kết quả đạt được, công tác bồi dưỡng còn một số hạn chế: nội dung chương trình một số "
            "lớp còn nặng lý thuyết; việc biên soạn tài liệu song ngữ hoặc có minh họa phù hợp với đồng bào "
            "dân tộc thiểu số còn ít; chưa có cơ chế theo dõi, đánh giá hiệu quả sau bồi dưỡng.",
            "nbsp",
        ),
        P(
            "Để nâng cao chất lượng bồi dưỡng cán bộ cơ sở vùng đồng bào dân tộc thiểu số, cần thực hiện "
            "đồng bộ một số giải pháp sau:"
        ),
        P(
            "Thứ nhất, đổi mới nội dung chương trình theo hướng tinh gọn, thiết thực, tăng thời lượng thực "
            "hành kỹ năng, nhất là kỹ năng dân vận, kỹ năng giải quyết tình huống ở cơ sở.",
            "brnext",
        ),
        P(
            "Thứ hai, tăng cường tổ chức các lớp học tại các xã vùng sâu, vùng xa; kết hợp học trực tiếp với "
            "học trực tuyến ở những nơi có điều kiện về hạ tầng mạng."
        ),
        P(
            "Thứ ba, phát huy vai trò của đội ngũ báo cáo viên, giảng viên kiêm chức là người dân tộc thiểu "
            "số, am hiểu phong tục, tập quán và ngôn ngữ của đồng bào."
        ),
        P(
            "Thứ tư, xây dựng cơ chế phối hợp giữa Trường Chính trị tỉnh với cấp ủy, chính quyền các xã "
            "trong việc khảo sát nhu cầu và đánh giá kết quả bồi dưỡng."
        ),
    ],
    authors=["Đàm Văn Bộ"],
    opts={
        "tdate": "20:05 - 16/11/2026",
        "short": "16/11/26",
        "mod": "17/11/26",
        "top_byline": (
            '<p class="ctcb-tgbv"><em><strong>TS. Đàm Văn Bộ</strong> - Phó Hiệu trưởng phụ trách '
            "Trường Chính trị tỉnh Cao Bằng</em></p>"
        ),
    },
)

R3 = Story(
    id=13,
    slug="phat-huy-gia-tri-khu-di-tich-quoc-gia-dac-biet-pac-bo-trong-giao-duc-truyen-thong",
    title=(
        "Phát huy giá trị Khu di tích quốc gia đặc biệt Pác Bó trong giáo dục truyền thống cách mạng "
        "cho học viên"
    ),
    cat="research",
    published_at="2026-10-22T10:00:00+07:00",
    blocks=[
        P(
            "Pác Bó, xã Trường Hà là nơi Chủ tịch Hồ Chí Minh trở về nước trực tiếp lãnh đạo cách mạng Việt "
            "Nam vào ngày 28/01/1941 sau 30 năm bôn ba tìm đường cứu nước. Năm 2012, Khu di tích Pác Bó "
            "được Thủ tướng Chính phủ xếp hạng là di tích quốc gia đặc biệt."
        ),
        P(
            "Đối với Trường Chính trị tỉnh Cao Bằng, việc tổ chức cho học viên đến học tập, nghiên cứu tại "
            "Khu di tích Pác Bó đã trở thành hoạt động thường xuyên trong chương trình đào tạo Trung cấp lý "
            "luận chính trị - hành chính. Mỗi năm, Nhà trường tổ chức từ 8 đến 10 đoàn với gần 600 lượt "
            "học viên về nguồn tại Pác Bó.",
            "nfd",
        ),
        Img(
            doc("ve-nguon-pac-bo-k45.jpg"),
            "Học viên lớp Trung cấp lý luận chính trị - hành chính khóa 45 dâng hương tại Khu di tích Pác Bó.",
            "Học viên lớp Trung cấp lý luận chính trị - hành chính khóa 45 dâng hương tại Khu di tích Pác Bó.",
            "em",
        ),
        P(
            "Qua các chuyến về nguồn, học viên được nghe thuyết minh về cuộc sống, hoạt động cách mạng của "
            "Bác tại hang Cốc Bó, suối Lê-nin, núi Các Mác; được tìm hiểu về sự ra đời của Mặt trận Việt "
            "Minh và những đóng góp của đồng bào các dân tộc Cao Bằng đối với cách mạng."
        ),
        P(
            "Tuy nhiên, việc khai thác giá trị di tích trong giảng dạy vẫn còn những hạn chế: thời gian "
            "tham quan ngắn, nội dung chủ yếu mang tính trải nghiệm, chưa được thiết kế thành các bài học "
            "gắn với học phần cụ thể."
        ),
        Raw(
            '<div class="embed-responsive embed-responsive-16by9" data-embed-id="youtube">'
            '<iframe allowfullscreen="" frameborder="0" height="315" '
            'src="https://www.youtube.com/embed/q8Xc2LpZ0aY?rel=0" width="560"></iframe></div>'
        ),
        P(
            "Thời gian tới, Nhà trường cần phối hợp với Ban Quản lý Khu di tích xây dựng các chuyên đề ngoại "
            "khóa, biên soạn tài liệu hướng dẫn học tập tại di tích và đưa nội dung thu hoạch sau mỗi chuyến "
            "về nguồn vào kết quả đánh giá học phần."
        ),
    ],
    authors=["Đàm Thị Mai Phương"],
    opts={
        "tdate": "10:00 - 22/10/2026",
        "short": "22/10/26",
        "mod": "24/10/26",
        "byline": "Đàm Thị Mai Phương - Khoa Nhà nước và pháp luật",
    },
)

STORIES = [N1, N2, N3, N4, N5, N6, D1, D2, D3, D4, R1, R2, R3]
BY_SLUG = {s.slug: s for s in STORIES}


def cat_stories(key: str) -> list[Story]:
    """A section's articles, newest first (the Asset Publisher's order by display date)."""
    return [s for s in STORIES if s.cat == key]


def _pages(cat: Cat) -> int:
    n = len(cat_stories(_cat_key(cat)))
    return max(1, -(-n // cat.delta))


def _cat_key(cat: Cat) -> str:
    return next(k for k, c in CATS.items() if c is cat)


# --- URLs ---------------------------------------------------------------------------------------


def layout_url(slug: str) -> str:
    return f"{SITE}/{slug}"


def list_url(cat: Cat, page: int | None) -> str:
    """A section's listing; ``None`` is the bare layout (page 1)."""
    if page is None:
        return layout_url(cat.slug)
    n = ns(cat.inst)
    return (
        f"{layout_url(cat.slug)}?p_p_id={AP}{cat.inst}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{n}delta={cat.delta}&{n}resetCur=false&{n}cur={page}"
    )


def art_path(story: Story) -> str:
    cat = CATS[story.cat]
    return f"{SITE}/{cat.slug}/-/asset_publisher/{cat.inst}/content/{story.slug}"


def with_redirect(path: str, back: str) -> str:
    return f"{path}?redirect={quote(back, safe='')}"


def home_art_path(story: Story) -> str:
    return f"{SITE}/trang-chu/-/asset_publisher/{HOME_INST}/content/{story.slug}"


def home_art_link(story: Story) -> str:
    return f"{home_art_path(story)}?inheritRedirect=false&redirect={quote(SITE, safe='')}"


def display_path(story: Story) -> str:
    return f"{SITE}/-/{story.slug}"


def print_path(story: Story) -> str:
    return f"{art_path(story)}?p_p_state=pop_up&{ns(CATS[story.cat].inst)}viewMode=print"


def listing_targets(cat: Cat) -> list[tuple[str, int]]:
    """Every listing URL the site links for a section, with the page it shows."""
    last = _pages(cat)
    targets = [(list_url(cat, None), 1)]
    if last > 1:
        targets += [(list_url(cat, p), p) for p in range(1, last + 1)]
    return targets


def page_slice(cat: Cat, page: int) -> list[Story]:
    items = cat_stories(_cat_key(cat))
    return items[(page - 1) * cat.delta : page * cat.delta]


# --- text rendering -----------------------------------------------------------------------------


def _split_words(value: str) -> str:
    """Words cut mid-way by the editor's font spans, as pasted text often is."""
    out = []
    for i, word in enumerate(value.split(" ")):
        if i % 4 == 1 and len(word) >= 4:
            k = len(word) // 2
            out.append(
                f'{text(word[:k])}<span style="font-family:Times New Roman,Times,serif;">'
                f"{text(word[k:])}</span>"
            )
        else:
            out.append(text(word))
    return '<span style="font-size:14px;">' + " ".join(out) + "</span>"


def _inline(p: P) -> str:
    if p.style == "nfd":
        return text(p.text, nfd=True)
    if p.style == "split":
        return _split_words(p.text)
    if p.style == "fn":
        return re.sub(
            r"\[(\d)\]",
            r'<a href="#_ftn\1" name="_ftnref\1" title="">[\1]</a>',
            text(p.text),
        )
    if p.style == "note":
        return re.sub(
            r"^\[(\d)\]",
            r'<a href="#_ftnref\1" name="_ftn\1" title="">[\1]</a>',
            text(p.text),
        )
    if p.style == "nbsp":
        return text(p.text).replace(", ", ",&nbsp;")
    return text(p.text)


def _img_tag(img: Img) -> str:
    name = _name_of(img.src)
    if img.style.startswith("am"):
        fid = _fid(name)
        return (
            f'<picture data-fileentryid="{fid}">'
            f'<source media="(max-width:300px)" srcset="{esc(am(name, "Thumbnail-300x300"))}" />'
            f'<source media="(max-width:1000px) and (min-width:300px)" srcset="{esc(am(name))}" />'
            f'<img alt="" data-fileentryid="{fid}" src="{esc(img.src)}" /></picture>'
        )
    return f'<img alt="" src="{esc(img.src)}" style="width: 100%; height: auto;" />'


def _render_img(img: Img) -> str:
    tag = _img_tag(img)
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%;">'
            f'<tbody><tr><td style="text-align: center;">{tag}</td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{text(img.printed or "")}'
            "</em></span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
    return out


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_render_img(b))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f'<li style="text-align: justify;">{_inline(blocks[i])}</li>')
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(
                    f'<td style="border:1px solid #999; padding:3px;">{text(c)}</td>'
                    for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" class="MsoTableGrid" '
                'style="border-collapse:collapse; width:100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        elif b.style == "brnext":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{_inline(b)}<br />\n{_inline(nxt)}</p>')
            i += 2
            continue
        elif b.style == "h":
            out.append(f'<p style="text-align: justify;"><strong>{_inline(b)}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{_inline(b)}</p>')
        i += 1
    return "\n".join(out)


def _abstract(story: Story) -> str:
    """The asset summary: the "Tóm tắt" field, else Liferay's shortened text (200 chars, "...")."""
    if story.summary:
        return story.summary
    joined = collapse(" ".join(b.text for b in story.blocks if isinstance(b, P)))
    if len(joined) <= 200:
        return joined
    cut = joined[:200]
    return cut[: cut.rfind(" ")] + "..."


def _thumb(story: Story) -> str:
    if story.opts.get("thumb"):
        return am(story.opts["thumb"], "Thumbnail-300x300")
    if story.images:
        return am(_name_of(story.images[0].src), "Thumbnail-300x300")
    return f"{THEME}/images/tin-tuc-mac-dinh.png"


def _ids(story: Story) -> tuple[int, int]:
    article_id = 40500 + story.id * 7
    return article_id, article_id + 2


# --- chrome -------------------------------------------------------------------------------------

NAV = [
    ("trang-chu", "Trang chủ", []),
    ("gioi-thieu", "Giới thiệu", [("lich-su-phat-trien", "Lịch sử phát triển"), ("co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("tin-tuc-su-kien", "Tin tức - Sự kiện", []),
    ("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", []),
    ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", []),
    ("van-ban", "Văn bản", []),
    (None, "Thư viện", [("thu-vien-anh", "Thư viện ảnh"), ("video", "Video")]),
    ("lien-he", "Liên hệ", []),
]

LAYOUT_NAMES = {
    "trang-chu": "Trang chủ",
    "gioi-thieu": "Giới thiệu",
    "lich-su-phat-trien": "Lịch sử phát triển",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "van-ban": "Văn bản",
    "thu-vien-anh": "Thư viện ảnh",
    "video": "Video",
    "lien-he": "Liên hệ",
    "search": "Tìm kiếm",
}
PARENT = {"lich-su-phat-trien": "gioi-thieu", "co-cau-to-chuc": "gioi-thieu"}


def _js_url(value: str) -> str:
    """Liferay's escaping of URLs inside inline scripts (``\\x2f`` for ``/``)."""
    return value.replace("/", "\\x2f").replace("?", "\\x3f").replace("=", "\\x3d").replace("&", "\\x26")


def _nav(current: str) -> str:
    items = []
    for n, (slug, label, children) in enumerate(NAV, start=11):
        href = SITE if slug == "trang-chu" else (layout_url(slug) if slug else "javascript:;")
        sel = slug == current or any(c[0] == current for c in children)
        cls = "lfr-nav-item" + (" selected active" if sel else "") + (" dropdown" if children else "")
        sub = ""
        if children:
            sub = '<ul class="child-menu dropdown-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" id="layout_{n}{k}" role="presentation">'
                f'<a class="dropdown-item" href="{layout_url(cs)}" role="menuitem">{esc(cl)}</a></li>'
                for k, (cs, cl) in enumerate(children)
            ) + "</ul>"
        caret = ' <span class="lfr-nav-child-toggle"><i class="icon-caret-down"></i></span>' if children else ""
        popup = ' aria-haspopup="true"' if children else ""
        items.append(
            f'<li class="{cls}" id="layout_{n}" role="presentation"{popup}>'
            f'<a aria-labelledby="layout_{n}" href="{href}" role="menuitem"><span>{esc(label)}{caret}</span></a>'
            f"{sub}</li>"
        )
    return (
        '<nav class="sort-pages modify-pages navbar site-navigation ctcb-menu" id="navigation" role="navigation">'
        '<ul aria-label="Các trang của site" class="nav navbar-nav" role="menubar">'
        + "".join(items)
        + "</ul></nav>"
    )


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for k, (label, href) in enumerate(items):
        if href and k < len(items) - 1:
            lis.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(href)}" title="{esc(label)}">'
                f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
            )
        else:
            lis.append(
                f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>'
            )
    return (
        '<section class="portlet" id="portlet_com_liferay_site_navigation_breadcrumb_web_portlet_'
        'SiteNavigationBreadcrumbPortlet"><div class="portlet-body">'
        '<nav aria-label="Breadcrumb" id="_com_liferay_site_navigation_breadcrumb_web_portlet_'
        'SiteNavigationBreadcrumbPortlet_breadcrumbs-defaultScreen"><ol class="breadcrumb">'
        + "".join(lis)
        + "</ol></nav></div></section>"
    )


def _sidebar() -> str:
    docs = "".join(
        f'<li><a href="{layout_url("van-ban")}/-/document_library/{DL_INST}/view_file/{d["id"]}">'
        f'{esc(d["title"])}</a> <span class="ctcb-sb-ngay">({d["date"]})</span></li>'
        for d in DOCUMENTS
    )
    return f"""
<section class="portlet ctcb-khoi" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lichTiep01">
<div class="portlet-header"><h2 class="portlet-title-text">Thông báo</h2></div>
<div class="portlet-body"><div class="journal-content-article">
<p><marquee direction="up" scrollamount="2">Lịch tiếp học viên: sáng thứ Hai và thứ Năm hằng tuần tại Phòng Quản lý đào tạo (tầng 2, nhà A).</marquee></p>
</div></div></section>
<section class="portlet ctcb-khoi" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vbMoi7Hq2Ls1">
<div class="portlet-header"><h2 class="portlet-title-text">Văn bản mới</h2></div>
<div class="portlet-body"><ul class="ctcb-vbmoi">{docs}</ul>
<a class="ctcb-xemtiep" href="{layout_url("van-ban")}">Xem tất cả »</a></div></section>
<section class="portlet ctcb-khoi" id="portlet_ctcb_lienket">
<div class="portlet-header"><h2 class="portlet-title-text">Liên kết website</h2></div>
<div class="portlet-body">
<a href="https://caobang.gov.vn" target="_blank"><img alt="Cổng TTĐT tỉnh Cao Bằng" src="{THEME}/images/banner-cong-ttdt.png" /></a>
<a href="https://baocaobang.vn" target="_blank"><img alt="Báo Cao Bằng" src="{THEME}/images/banner-bao-cao-bang.png" /></a>
<select class="form-control" onchange="if(this.value)window.open(this.value);">
<option value="">-- Chọn website --</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
<option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
</select></div></section>
<section class="portlet ctcb-khoi" id="portlet_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bcq2Vt">
<div class="portlet-header"><h2 class="portlet-title-text">Thăm dò ý kiến</h2></div>
<div class="portlet-body">
<form action="{SITE}/trang-chu?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bcq2Vt&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bcq2Vt_javax.portlet.action=%2Fpolls_display%2Fview_question" method="post" name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bcq2Vt_fm">
<p>Bạn đánh giá thế nào về giao diện mới của Trang thông tin điện tử Nhà trường?</p>
<div class="radio"><label><input name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bcq2Vt_choiceId" type="radio" value="301" /> Rất hài lòng</label></div>
<div class="radio"><label><input name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bcq2Vt_choiceId" type="radio" value="302" /> Hài lòng</label></div>
<div class="radio"><label><input name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bcq2Vt_choiceId" type="radio" value="303" /> Chưa hài lòng</label></div>
<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button>
</form></div></section>
<section class="portlet ctcb-khoi" id="portlet_ctcb_thongke">
<div class="portlet-header"><h2 class="portlet-title-text">Thống kê truy cập</h2></div>
<div class="portlet-body"><ul class="ctcb-tk">
<li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.284</b></li><li>Tháng này: <b>18.902</b></li><li>Tổng truy cập: <b>2.315.670</b></li>
</ul></div></section>"""


def page(
    request: Request,
    *,
    title: str,
    layout: str,
    plid: int,
    crumbs: list[tuple[str, str | None]],
    main: str,
    canonical: str,
    description: str = "",
    popup: bool = False,
) -> Response:
    base = base_url(request)
    full_title = f"{title} - {SITE_NAME}" if title != SITE_NAME else SITE_NAME
    current = request.target
    head = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(full_title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""}
<link data-senna-track="temporary" href="{base}{canonical}" rel="canonical" />
<link data-senna-track="temporary" href="{base}{canonical}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{base}{canonical}" hreflang="x-default" rel="alternate" />
<link href="{THEME}/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{THEME}/css/clay.css?browserId=other&amp;themeId=ctcbtheme_WAR_ctcbtheme&amp;languageId=vi_VN&amp;b=7210&amp;t=1764000000000" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=ctcbtheme_WAR_ctcbtheme&amp;languageId=vi_VN&amp;b=7210&amp;t=1764000000000" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7210&amp;t=1764000000000&amp;/o/frontend-js-web/everything.jsp" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{
getLayoutId: function() {{return '{plid - 10}';}},
getLayoutRelativeURL: function() {{return '{_js_url(layout_url(layout))}';}},
getPlid: function() {{return '{plid}';}},
getScopeGroupId: function() {{return '{GROUP_ID}';}},
getSiteGroupId: function() {{return '{GROUP_ID}';}},
getPathThemeImages: function() {{return '{_js_url(base + THEME + "/images")}';}},
getURLControlPanel: function() {{return '{_js_url("/group/control_panel?refererPlid=" + str(plid))}';}},
getLanguageId: function() {{return 'vi_VN';}},
isSignedIn: function() {{return false;}}
}};
Liferay.currentURL = '{_js_url(current)}';
Liferay.currentURLEncoded = '{quote(current, safe="")}';
// ]]>
</script>
</head>"""
    if popup:
        return html(
            head
            + '\n<body class="portal-popup"><div class="portlet-body">'
            + main
            + '</div><script type="text/javascript">window.print();</script></body></html>'
        )
    body = f"""
<body class="controls-visible chrome signed-out public-page site">
<div class="d-block"><a href="#main-content" id="skip-to-content">Chuyển đến nội dung chính</a></div>
<div class="container-fluid" id="wrapper">
<div class="ctcb-topbar"><div class="container">
<span class="ctcb-ngayhientai">{HEADER_DATE}</span>
<span class="ctcb-hotline">Đường dây nóng: 0206.3852.514</span>
<form action="{SITE}/search" class="ctcb-timkiem" method="get">
<input name="q" placeholder="Tìm kiếm..." title="Tìm kiếm" type="text" />
<button class="btn" type="submit"><i class="icon-search"></i></button>
</form>
<a class="ctcb-dangnhap" href="/c/portal/login?p_l_id={plid}" rel="nofollow">Đăng nhập</a>
</div></div>
<header id="banner" role="banner">
<div class="ctcb-banner container">
<a class="logo custom-logo" href="{SITE}" title="Đi tới {SITE_NAME}">
<img alt="{SITE_NAME}" height="96" src="/image/layout_set_logo?img_id=40112&amp;t=1764000000000" width="96" />
</a>
<div class="ctcb-tentruong"><span class="ctcb-cq">TỈNH ỦY CAO BẰNG</span><span class="ctcb-ten">TRƯỜNG CHÍNH TRỊ TỈNH CAO BẰNG</span></div>
</div>
{_nav(layout)}
</header>
<section id="content">
<div class="container">
{_breadcrumb(crumbs)}
<div class="columns-2-1" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{_sidebar()}
</div></div>
</div></div></div>
</section>
<footer id="footer" role="contentinfo">
<div class="ctcb-footer container">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH CAO BẰNG</strong></p>
<p>Địa chỉ: Số 019 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</p>
<p>Điện thoại: 0206.3852.514 - Fax: 0206.3852.515 - Email: truongchinhtri@caobang.gov.vn</p>
<p>Chịu trách nhiệm nội dung: TS. Đàm Văn Bộ - Phó Hiệu trưởng phụ trách Trường</p>
<p>© 2026 Bản quyền thuộc Trường Chính trị tỉnh Cao Bằng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
</footer>
</div>
<script src="{THEME}/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7210&amp;t=1764000000000" type="text/javascript"></script>
</body>
</html>"""
    return html(head + body)


def _portlet(pid: str, title: str, inner: str, extra_cls: str = "") -> str:
    return f"""<section class="portlet {extra_cls}" id="portlet_{pid}">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header">
<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{esc(title)}</h2></div>
<div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div>
</div>
<div class=" portlet-content-container">
<div class="portlet-body">
{inner}
</div></div></div></section>"""


# --- listings -----------------------------------------------------------------------------------


def _abstract_html(story: Story, href: str) -> str:
    _, entry = _ids(story)
    return f"""<div class="asset-abstract default-asset-publisher">
<span class="asset-anchor lfr-asset-anchor" id="{entry}"></span>
<div class="autofit-row">
<div class="autofit-col asset-small-image-col"><a href="{esc(href)}"><img alt="" class="asset-small-image img-thumbnail" src="{esc(_thumb(story))}" width="150" /></a></div>
<div class="autofit-col autofit-col-expand">
<h4 class="component-title"><span class="asset-title"><a href="{esc(href)}">{esc(story.title)}</a></span></h4>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date"><i class="icon-calendar"></i> {story.opts["short"]}</span> <span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span></div>
<div class="asset-summary">{esc(_abstract(story))}</div>
<div class="asset-more"><a href="{esc(href)}">Đọc thêm<span class="hide-accessible"> về {esc(story.title)}</span> »</a></div>
</div></div></div>"""


def _paginator(cat: Cat, cur: int, last: int, total: int) -> str:
    if last <= 1:
        return ""
    first_i = (cur - 1) * cat.delta + 1
    last_i = min(cur * cat.delta, total)
    pid_ns = ns(cat.inst)
    if cat.paging == "simple":
        prev = (
            f'<li class="first"><a href="{esc(list_url(cat, cur - 1))}">← Trang trước</a></li>'
            if cur > 1
            else '<li class="disabled first"><a href="javascript:;">← Trang trước</a></li>'
        )
        nxt = (
            f'<li class="last"><a href="{esc(list_url(cat, cur + 1))}">Trang sau →</a></li>'
            if cur < last
            else '<li class="disabled last"><a href="javascript:;">Trang sau →</a></li>'
        )
        return (
            f'<div class="taglib-page-iterator" id="{pid_ns}ocerSearchContainerPageIterator">'
            f'<ul class="lfr-pagination-buttons pager">{prev}{nxt}</ul></div>'
        )
    items = []
    angle = '<svg class="lexicon-icon lexicon-icon-angle-{d}" focusable="false" role="presentation"><use xlink:href="{t}/images/clay/icons.svg#angle-{d}"></use></svg>'
    if cur > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{esc(list_url(cat, cur - 1))}">'
            f'{angle.format(d="left", t=THEME)}<span class="sr-only">Trang trước</span></a></li>'
        )
    else:
        items.append(
            '<li class="disabled page-item"><a class="page-link" href="javascript:;">'
            f'{angle.format(d="left", t=THEME)}<span class="sr-only">Trang trước</span></a></li>'
        )
    for p in range(1, last + 1):
        if p == cur:
            items.append(f'<li class="active page-item"><a class="page-link" href="javascript:;">{p}<span class="sr-only">(Hiện tại)</span></a></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{esc(list_url(cat, p))}">{p}</a></li>')
    if cur < last:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{esc(list_url(cat, cur + 1))}">'
            f'{angle.format(d="right", t=THEME)}<span class="sr-only">Trang sau</span></a></li>'
        )
    else:
        items.append(
            '<li class="disabled page-item"><a class="page-link" href="javascript:;">'
            f'{angle.format(d="right", t=THEME)}<span class="sr-only">Trang sau</span></a></li>'
        )
    return (
        f'<div class="taglib-page-iterator" id="{pid_ns}ocerSearchContainerPageIterator">'
        '<div class="clearfix lfr-pagination">'
        f'<div class="pagination-results">Hiển thị {first_i} - {last_i} trong tổng số {total} kết quả.</div>'
        '<ul class="pagination">' + "".join(items) + "</ul></div></div>"
    )


def listing_page(request: Request, cat: Cat) -> Response:
    params = request.params
    n = ns(cat.inst)
    last = _pages(cat)
    try:
        cur = int(params.get(f"{n}cur", "1"))
    except ValueError:
        cur = 1
    cur = min(max(cur, 1), last)
    total = len(cat_stories(_cat_key(cat)))
    back = request.target
    abstracts = "\n".join(_abstract_html(s, with_redirect(art_path(s), back)) for s in page_slice(cat, cur))
    inner = f'<div class="ctcb-ds-tin">{abstracts}</div>\n{_paginator(cat, cur, last, total)}'
    main = _portlet(f"{AP}{cat.inst}", cat.name, inner, "portlet-asset-publisher")
    return page(
        request,
        title=cat.name,
        layout=cat.slug,
        plid=cat.plid,
        crumbs=[("Trang chủ", SITE), (cat.name, None)],
        main=main,
        canonical=layout_url(cat.slug),
    )


# --- the article --------------------------------------------------------------------------------


def _others(story: Story) -> str:
    cat = CATS[story.cat]
    n = 3 if story.cat == "news" else 2
    others = [s for s in page_slice(cat, 1) if s is not story][:n]
    lis = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="ctcb-tk-ngay">({s.opts["short"]})</span></li>'
        for s in others
    )
    return f'<div class="ctcb-tinkhac"><div class="ctcb-tinkhac-tde">Các tin khác</div><ul>{lis}</ul></div>'


def _template(story: Story) -> str:
    o = story.opts
    parts = ['<div class="ctcb-ctiet">']
    if o.get("kicker"):
        parts.append(f'<p class="ctcb-tdp">{esc(o["kicker"])}</p>')
    parts.append(f'<h1 class="ctcb-td">{esc(story.title)}</h1>')
    parts.append(
        f'<div class="ctcb-tt-dong"><span class="ctcb-ngay"><i class="icon-time"></i> {o["tdate"]}</span>'
        if o["tdate"]
        else '<div class="ctcb-tt-dong"><span class="ctcb-ngay"></span>'
    )
    parts.append(f'<span class="ctcb-lx"> | Lượt xem: {story.views()}</span></div>')
    if o.get("top_byline"):
        parts.append(o["top_byline"])
    if story.summary and story.sapo_outside:
        parts.append(f'<div class="ctcb-tomtat"><strong>{text(story.summary)}</strong></div>')
    content = render_blocks(story.blocks)
    if "@@XEMTHEM@@" in content:
        content = content.replace(
            "@@XEMTHEM@@",
            f'<p><strong>Xem thêm:</strong> <a href="{art_path(N4)}">{esc(N4.title)}</a></p>',
        )
    parts.append(f'<div class="ctcb-nd">\n{content}\n</div>')
    if o.get("byline"):
        parts.append(f'<div class="ctcb-tg" style="text-align:right;"><strong>{esc(o["byline"])}</strong></div>')
    if o.get("source_line"):
        parts.append(f'<div class="ctcb-nguontin" style="text-align:right;"><em>{esc(o["source_line"])}</em></div>')
    if o.get("attach"):
        fname, folder = o["attach"]
        parts.append(
            '<div class="ctcb-dinhkem"><i class="icon-paper-clip"></i> Tải về: '
            f'<a href="{esc(doc(fname, folder))}&amp;download=true">{esc(fname)}</a> (86 KB)</div>'
        )
    parts.append(_others(story))
    parts.append("</div>")
    return "\n".join(parts)


def _discussion(story: Story, n: str) -> str:
    comments = story.opts.get("comments", [])
    arts = "".join(
        f"""<article class="lfr-discussion" id="{n}discussion_{41000 + story.id * 10 + k}">
<div class="lfr-discussion-details"><div class="user-info">
<img alt="" class="user-avatar-image" src="/image/user_portrait?img_id=0&amp;img_id_token=x{k}" />
<span class="h5 text-default">{esc(name)}</span> <span class="text-secondary small">{esc(when)}</span></div></div>
<div class="lfr-discussion-body"><div class="lfr-discussion-message"><p>{esc(msg)}</p></div></div>
</article>"""
        for k, (name, when, msg) in enumerate(comments)
    )
    count = f"{len(comments)} Bình luận" if comments else "Chưa có bình luận nào"
    return f"""<div class="asset-discussion">
<section class="taglib-discussion" id="{n}discussionContainer">
<h4 class="text-default">{count}</h4>
{arts}
<form action="/c/portal/comment/discussion" method="post" name="{n}fm">
<input name="{n}className" type="hidden" value="com.liferay.journal.model.JournalArticle" />
<textarea class="form-control" name="{n}postReplyBody0" placeholder="Tham gia thảo luận..."></textarea>
<button class="btn btn-primary" type="submit">Trả lời</button>
</form>
</section></div>"""


def article_page(request: Request, story: Story, where: str) -> Response:
    """``where``: "cat" (section layout), "home" (home layout), "display" (display page)."""
    cat = CATS[story.cat]
    inst = HOME_INST if where == "home" else cat.inst
    n = ns(inst)
    params = request.params
    popup = params.get("p_p_state") == "pop_up" and params.get(f"{n}viewMode") == "print"
    article_id, entry = _ids(story)
    back = params.get("redirect") or params.get(f"{n}redirect") or ""
    if not back.startswith(SITE):
        back = SITE if where == "home" else layout_url(cat.slug)
    print_url = print_path(story) if where != "home" else f"{home_art_path(story)}?p_p_state=pop_up&{n}viewMode=print"
    rating, votes = story.opts.get("rating", ("0,0", 0))
    share_target = quote(base_url(request) + art_path(story), safe="")
    meta = f"""<div class="asset-metadata">
<span class="metadata-entry metadata-publish-date">Ngày đăng: {story.opts["short"]}</span>
<span class="metadata-entry metadata-modified-date">Cập nhật: {story.opts["mod"]}</span>
<span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span>
<span class="metadata-entry metadata-author">Người đăng: {CMS_USER}</span>
<span class="metadata-entry metadata-categories">Chuyên mục: <span class="label label-secondary">{esc(cat.name)}</span></span>
</div>"""
    tools = f"""<div class="asset-actions-bar">
<a class="lfr-icon-item" href="javascript:void(0);" onclick="{n}printPage_0();"><i class="icon-print"></i> In bài</a>
<script type="text/javascript">function {n}printPage_0() {{window.open('{_js_url(print_url)}', '', 'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640');}}</script>
</div>"""
    full = f"""<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2">
<p class="component-title h4"><span class="header-back-to"><a class="icon-monospaced lfr-portal-tooltip" href="{esc(back)}" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left" focusable="false" role="presentation"><use xlink:href="{THEME}/images/clay/icons.svg#angle-left"></use></svg></a></span>
<span class="asset-title d-inline">{esc(story.title)}</span></p>
</div>
<span class="asset-anchor lfr-asset-anchor" id="{entry}"></span>
<div class="asset-content mb-3" id="{n}{entry}">
<div class="journal-content-article " data-analytics-asset-id="{article_id}" data-analytics-asset-title="{esc(story.title)}" data-analytics-asset-type="web-content">
{_template(story)}
</div>
</div>
{meta}
{"" if popup else tools}
{"" if popup else _social(story, n, rating, votes, share_target)}
{"" if popup else _discussion(story, n)}
</div>"""
    if popup:
        return page(
            request, title=story.title, layout=cat.slug, plid=cat.plid, crumbs=[], main=full,
            canonical=art_path(story), popup=True,
        )
    if where == "home":
        layout, plid, ptitle = "trang-chu", 11, "Tin mới"
        crumbs = [("Trang chủ", SITE), (story.title, None)]
        canonical = home_art_path(story)
        title = f"{story.title} - Trang chủ"
    else:
        layout, plid, ptitle = cat.slug, cat.plid, cat.name
        crumbs = [("Trang chủ", SITE), (cat.name, layout_url(cat.slug)), (story.title, None)]
        canonical = art_path(story) if where == "cat" else display_path(story)
        title = f"{story.title} - {cat.name}"
    main = _portlet(f"{AP}{inst}", ptitle, full, "portlet-asset-publisher")
    return page(
        request,
        title=title,
        layout=layout,
        plid=plid,
        crumbs=crumbs,
        main=main,
        canonical=canonical,
        description=_abstract(story),
    )


def _social(story: Story, n: str, rating: str, votes: int, target: str) -> str:
    on = round(float(rating.replace(",", "."))) if votes else 0
    stars = "".join(
        f'<span class="rating-element icon-star-{"on" if k < on else "off"}"></span>' for k in range(5)
    )
    return f"""<div class="asset-ratings">
<div class="taglib-ratings stars" id="{n}ratingStars"><span class="rating-label">Đánh giá bài viết:</span>
{stars}
<div class="liferay-rating-score">Trung bình ({rating} điểm, {votes} Phiếu)</div></div>
</div>
<div class="asset-social-bookmarks"><div class="taglib-social-bookmarks"><ul class="list-inline">
<li><a class="social-bookmark" href="https://www.facebook.com/sharer/sharer.php?u={target}" rel="noopener" target="_blank">Facebook</a></li>
<li><a class="social-bookmark" href="https://twitter.com/intent/tweet?url={target}" rel="noopener" target="_blank">Twitter</a></li>
<li><a class="social-bookmark" href="https://zalo.me/share?url={target}" rel="noopener" target="_blank">Zalo</a></li>
</ul></div></div>
<div class="asset-flag"><a class="taglib-flags" href="javascript:;" onclick="Liferay.Portlet.openModal({{title:'Báo cáo vi phạm'}});"><i class="icon-flag"></i> Báo cáo vi phạm</a></div>"""


# --- home and static pages ----------------------------------------------------------------------


def home_page(request: Request) -> Response:
    featured = [s for s in STORIES if s.opts.get("featured")]
    slides = "".join(
        f"""<div class="carousel-item{" active" if k == 0 else ""}">
<a href="{display_path(s)}"><img alt="{esc(s.title)}" src="{esc(doc(s.opts.get("thumb") or _name_of(s.images[0].src)))}" />
<div class="carousel-caption"><h3>{esc(s.title)}</h3></div></a></div>"""
        for k, s in enumerate(featured)
    )
    carousel = _portlet(
        f"{AP}kP1vGm8dTz4A",
        "Tin nổi bật",
        f'<div class="carousel slide ctcb-noibat" data-ride="carousel" id="ctcbNoiBat"><div class="carousel-inner">{slides}</div>'
        '<a class="carousel-control-prev" data-slide="prev" href="#ctcbNoiBat" role="button"><span class="sr-only">Trước</span></a>'
        '<a class="carousel-control-next" data-slide="next" href="#ctcbNoiBat" role="button"><span class="sr-only">Sau</span></a></div>',
        "portlet-asset-publisher ctcb-barebone",
    )
    newest = [s for s in STORIES if s.opts.get("home")]
    newest.sort(key=lambda s: s.published_at or "", reverse=True)
    tinmoi = _portlet(
        f"{AP}{HOME_INST}",
        "Tin mới",
        "\n".join(_abstract_html(s, home_art_link(s)) for s in newest),
        "portlet-asset-publisher",
    )
    heads = "".join(
        f'<div class="ctcb-khoi-cm"><h3><a href="{layout_url(c.slug)}">{esc(c.name)}</a></h3>'
        f'<a class="ctcb-xemtiep" href="{layout_url(c.slug)}">Xem tất cả »</a></div>'
        for c in CATS.values()
    )
    return page(
        request,
        title=SITE_NAME,
        layout="trang-chu",
        plid=11,
        crumbs=[("Trang chủ", None)],
        main=carousel + tinmoi + heads,
        canonical=SITE,
        description="Trang thông tin điện tử Trường Chính trị tỉnh Cao Bằng",
    )


def _wcd(title: str, inner: str, inst: str) -> str:
    return _portlet(
        f"com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{inst}",
        title,
        f'<div class="journal-content-article">{inner}</div>',
        "portlet-journal-content",
    )


STATIC = {
    "gioi-thieu": (
        "Giới thiệu chung",
        """<p><strong>Trường Chính trị tỉnh Cao Bằng</strong> là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy, có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; cán bộ, công chức, viên chức cấp tỉnh và cấp xã về lý luận chính trị, chuyên môn, nghiệp vụ.</p>
<p>Nhà trường có 4 khoa chuyên môn (Lý luận cơ sở; Xây dựng Đảng; Nhà nước và pháp luật; Dân vận) và 2 phòng chức năng (Tổ chức, Hành chính và Quản trị; Quản lý đào tạo và Nghiên cứu khoa học).</p>
<p><a href="/web/truongchinhtri/lich-su-phat-trien">Lịch sử phát triển</a> | <a href="/web/truongchinhtri/co-cau-to-chuc">Cơ cấu tổ chức</a></p>""",
    ),
    "lich-su-phat-trien": (
        "Lịch sử phát triển",
        """<p>Tiền thân của Trường là Trường Đảng tỉnh Cao Bằng, được thành lập năm 1949 trong những năm kháng chiến chống thực dân Pháp.</p>
<p>Qua nhiều lần đổi tên và sáp nhập, năm 1995 Trường được mang tên Trường Chính trị tỉnh Cao Bằng theo Quyết định của Ban Thường vụ Tỉnh ủy.</p>
<p>Nhà trường đã được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.</p>""",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        """<table border="1" cellpadding="4" cellspacing="0" style="width:100%;"><tbody>
<tr><td><strong>Ban Giám hiệu</strong></td><td>TS. Đàm Văn Bộ - Phó Hiệu trưởng phụ trách<br />ThS. Hoàng Thị Minh Nguyệt - Phó Hiệu trưởng</td></tr>
<tr><td><strong>Các khoa</strong></td><td>Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận</td></tr>
<tr><td><strong>Các phòng</strong></td><td>Phòng Tổ chức, Hành chính và Quản trị; Phòng Quản lý đào tạo và Nghiên cứu khoa học</td></tr>
</tbody></table>""",
    ),
    "lien-he": (
        "Thông tin liên hệ",
        """<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH CAO BẰNG</strong></p>
<p>Địa chỉ: Số 019 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</p>
<p>Điện thoại: 0206.3852.514 - Email: truongchinhtri@caobang.gov.vn</p>
<p><iframe height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3690.2!2d106.25!3d22.66" width="100%"></iframe></p>
<form action="/web/truongchinhtri/lien-he?p_p_id=com_liferay_dynamic_data_lists_form_web_portlet_DDLFormPortlet&amp;p_p_lifecycle=1" method="post">
<input name="hoTen" placeholder="Họ và tên" type="text" /> <input name="email" placeholder="Email" type="text" />
<textarea name="noiDung" placeholder="Nội dung liên hệ"></textarea> <button type="submit">Gửi liên hệ</button></form>""",
    ),
}

DOCUMENTS = [
    {
        "id": 40321,
        "title": "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027",
        "so": "112-KH/TCT",
        "date": "25/11/2026",
        "file": "KH-112-TCT-dao-tao-2027.pdf",
        "desc": "Kế hoạch mở các lớp đào tạo, bồi dưỡng của Trường Chính trị tỉnh năm 2027.",
    },
    {
        "id": 40355,
        "title": "Quy chế quản lý học viên các lớp hệ tập trung",
        "so": "98-QĐ/TCT",
        "date": "03/10/2026",
        "file": "QD-98-TCT-quy-che-hoc-vien.pdf",
        "desc": "Quyết định ban hành Quy chế quản lý học viên các lớp hệ tập trung tại Trường.",
    },
]


def _doc_view_path(d: dict) -> str:
    return f"{layout_url('van-ban')}/-/document_library/{DL_INST}/view_file/{d['id']}"


def static_page(request: Request, slug: str) -> Response:
    heading, inner = STATIC[slug]
    crumbs = [("Trang chủ", SITE)]
    if slug in PARENT:
        crumbs.append((LAYOUT_NAMES[PARENT[slug]], layout_url(PARENT[slug])))
    crumbs.append((LAYOUT_NAMES[slug], None))
    return page(
        request, title=LAYOUT_NAMES[slug], layout=slug, plid=20 + len(slug), crumbs=crumbs,
        main=_wcd(heading, inner, f"wc{len(slug)}Ab"), canonical=layout_url(slug),
    )


def documents_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{d["so"]}</td><td><a href="{_doc_view_path(d)}">{esc(d["title"])}</a></td><td>{d["date"]}</td></tr>'
        for d in DOCUMENTS
    )
    inner = (
        '<table class="table table-autofit table-list table-striped"><thead><tr><th>Số hiệu</th><th>Trích yếu</th>'
        f"<th>Ngày ban hành</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    main = _portlet(f"com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_INST}", "Văn bản", inner)
    return page(
        request, title="Văn bản", layout="van-ban", plid=31, crumbs=[("Trang chủ", SITE), ("Văn bản", None)],
        main=main, canonical=layout_url("van-ban"),
    )


def document_entry(request: Request, d: dict) -> Response:
    n = f"_com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_INST}_"
    inner = f"""<div class="lfr-asset-column-details">
<div class="taglib-header"><span class="header-back-to"><a href="{layout_url("van-ban")}" title="Quay lại">«</a></span><h3 class="header-title"><span>{esc(d["title"])}</span></h3></div>
<div class="lfr-asset-description">{esc(d["desc"])}</div>
<dl class="lfr-asset-metadata"><dt>Số hiệu:</dt><dd>{d["so"]}</dd><dt>Ngày ban hành:</dt><dd>{d["date"]}</dd><dt>Phiên bản:</dt><dd>1.0</dd><dt>Dung lượng:</dt><dd>124 KB</dd></dl>
<a class="btn btn-primary" href="{esc(doc(d["file"], 40300))}&amp;download=true" id="{n}download">Tải về ({esc(d["file"])})</a>
</div>"""
    main = _portlet(f"com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_INST}", "Văn bản", inner)
    return page(
        request, title=f"{d['title']} - Văn bản", layout="van-ban", plid=31,
        crumbs=[("Trang chủ", SITE), ("Văn bản", layout_url("van-ban")), (d["title"], None)],
        main=main, canonical=_doc_view_path(d),
    )


ALBUM = [
    ("anh-truong-1.jpg", "Toàn cảnh khu giảng đường nhà A"),
    ("anh-truong-2.jpg", "Thư viện Nhà trường"),
    ("anh-truong-3.jpg", "Học viên lớp Trung cấp lý luận chính trị khóa 45 trong giờ thảo luận"),
    ("anh-truong-4.jpg", "Ký túc xá học viên"),
]


def album_page(request: Request) -> Response:
    items = "".join(
        f'<div class="col-md-6 image-link"><a data-fancybox="gallery" href="{esc(doc(f, 40400))}" title="{esc(t)}">'
        f'<img alt="{esc(t)}" src="{esc(am(f, "Thumbnail-300x300"))}" /></a><p class="ctcb-album-mota">{esc(t)}</p></div>'
        for f, t in ALBUM
    )
    main = _portlet(
        "com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_tvAnh4Kd",
        "Thư viện ảnh",
        f'<h4>Album: Hình ảnh Nhà trường</h4><div class="row ctcb-album">{items}</div>',
    )
    return page(
        request, title="Thư viện ảnh", layout="thu-vien-anh", plid=32,
        crumbs=[("Trang chủ", SITE), ("Thư viện ảnh", None)], main=main, canonical=layout_url("thu-vien-anh"),
    )


def video_page(request: Request) -> Response:
    inner = """<div class="ctcb-video">
<div class="embed-responsive embed-responsive-16by9"><iframe allowfullscreen="" src="https://www.youtube.com/embed/Zb3Nw7pKq1E" width="100%"></iframe></div>
<h4>Phóng sự: Trường Chính trị tỉnh Cao Bằng - 75 năm xây dựng và trưởng thành</h4>
<ul class="ctcb-ds-video"><li><a href="https://www.youtube.com/watch?v=Zb3Nw7pKq1E" target="_blank">75 năm xây dựng và trưởng thành</a></li>
<li><a href="https://www.youtube.com/watch?v=Hq2Lm8sPw0a" target="_blank">Lễ khai giảng năm học 2026 - 2027</a></li></ul></div>"""
    main = _wcd("Video", inner, "vid9Qe")
    return page(
        request, title="Video", layout="video", plid=33, crumbs=[("Trang chủ", SITE), ("Video", None)],
        main=main, canonical=layout_url("video"),
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    inner = (
        f'<form action="{SITE}/search" method="get"><input name="q" value="{esc(q)}" /><button type="submit">Tìm</button></form>'
        f'<p class="search-total-label">Không tìm thấy kết quả nào cho "{esc(q)}".</p>'
    )
    main = _portlet("com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet", "Tìm kiếm", inner)
    return page(
        request, title="Tìm kiếm", layout="search", plid=34, crumbs=[("Trang chủ", SITE), ("Tìm kiếm", None)],
        main=main, canonical=f"{SITE}/search",
    )


# --- routing ------------------------------------------------------------------------------------

_ART = re.compile(r"^/web/truongchinhtri/([a-z0-9-]+)/-/asset_publisher/([A-Za-z0-9]+)/content/([a-z0-9-]+)/?$")
_DISPLAY = re.compile(r"^/web/truongchinhtri/-/([a-z0-9-]+)/?$")
_DOCVIEW = re.compile(r"^/web/truongchinhtri/van-ban/-/document_library/" + DL_INST + r"/view_file/(\d+)/?$")


def _binary(path: str) -> Response | None:
    if path.startswith("/documents/"):
        if ".pdf/" in path or path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return static_file(path.split("/")[4] if len(path.split("/")) > 4 else path) or static_file(".jpg")
    if path.startswith("/o/adaptive-media/image/"):
        return static_file(".jpg")
    if path == "/image/layout_set_logo" or path == "/image/user_portrait":
        return static_file(".png")
    if path.startswith("/o/") or path == "/combo":
        return static_file(path) or Response(200, b"/* combo */", {"Content-Type": "application/javascript"})
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(SITE)
        binary = _binary(path)
        if binary is not None:
            return binary
        if path.rstrip("/") in (SITE, f"{SITE}/trang-chu"):
            return home_page(request)
        m = _ART.match(path)
        if m:
            layout, inst, slug = m.groups()
            story = BY_SLUG.get(slug)
            if story is None:
                return None
            cat = CATS[story.cat]
            if layout == cat.slug and inst == cat.inst:
                return article_page(request, story, "cat")
            if layout == "trang-chu" and inst == HOME_INST:
                return article_page(request, story, "home")
            return None
        m = _DISPLAY.match(path)
        if m:
            story = BY_SLUG.get(m.group(1))
            return article_page(request, story, "display") if story else None
        m = _DOCVIEW.match(path)
        if m:
            d = next((d for d in DOCUMENTS if d["id"] == int(m.group(1))), None)
            return document_entry(request, d) if d else None
        slug = path[len(SITE) + 1 :].rstrip("/") if path.startswith(SITE + "/") else None
        if slug is None:
            return None
        for cat in CATS.values():
            if slug == cat.slug:
                return listing_page(request, cat)
        if slug in STATIC:
            return static_page(request, slug)
        if slug == "van-ban":
            return documents_page(request)
        if slug == "thu-vien-anh":
            return album_page(request)
        if slug == "video":
            return video_page(request)
        if slug == "search":
            return search_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    cat = CATS[story.cat]
    alts: list[str] = []
    for target, pg in listing_targets(cat):
        if story in page_slice(cat, pg):
            alts.append(with_redirect(art_path(story), target))
    if story.opts.get("featured"):
        alts.append(display_path(story))
    if story.opts.get("home"):
        alts += [home_art_link(story), home_art_path(story)]
    alts.append(print_path(story))
    return alts


GOLD = [
    gold_record(s, art_path(s), CATS[s.cat].name, canonical_path=art_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lich-su-phat-trien",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/lien-he",
    _doc_view_path(DOCUMENTS[0]),
    _doc_view_path(DOCUMENTS[1]),
    f"{SITE}/thu-vien-anh",
    f"{SITE}/video",
]
