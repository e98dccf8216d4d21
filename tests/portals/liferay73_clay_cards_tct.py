"""Trường Chính trị tỉnh Nghệ An on Liferay DXP 7.3: Clay cards from Asset Publisher ADTs.

Platform
--------
Liferay DXP 7.3 with a custom theme ("tct-nghean-theme"): Clay/Lexicon markup (``autofit-row``,
``card card-type-asset``, ``pagination-bar``, ``lexicon-icon`` SVGs), portlet boundaries
``p_p_id_<portletId>_`` with the decorated title bar ``<h2 class="portlet-title-text">``, the
breadcrumb, language selector and search bar portlets in the theme, Web Content articles rendered by
FreeMarker templates inside ``<div class="journal-content-article">``.

URL scheme
----------
- start: ``/web/guest/trang-chu`` (``/`` answers 302 there; ``/web/guest`` serves the home page);
- category pages ``/web/guest/tin-tuc``, ``/web/guest/dao-tao-boi-duong``,
  ``/web/guest/nghien-cuu-khoa-hoc``; page n of a category's Asset Publisher:
  ``?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>&p_p_lifecycle=0
  &p_p_state=normal&p_p_mode=view&_<ns>_cur=<n>&_<ns>_delta=<d>`` (each category's portlet has
  its own instance id and its own delta: 4, 3 and 2);
- an article, "show full content" in the category's own Asset Publisher:
  ``/web/guest/<cat>/-/asset_publisher/<instanceId>/content/<url-title>`` (the gold path), linked
  from the cards with ``?_<ns>_assetEntryId=<id>&_<ns>_redirect=<the listing's current URL>``;
- the same article "viewed in context" on the hidden display page:
  ``/web/guest/tin-chi-tiet/-/asset_publisher/aHn6Ue2GzQ7r/content/<url-title>`` (home page, "Tin
  xem nhiều"), and by the Web Content friendly URL ``/-/<url-title>`` ("Tin cùng chuyên mục");
- the print view (only in a ``javascript:`` opener):
  ``<gold path>?p_p_state=pop_up&_<ns>_viewMode=print``;
- documents ``/documents/20121/<folderId>/<file>/<uuid>?t=<millis>`` (photos, PDFs), Adaptive
  Media renditions ``/o/adaptive-media/image/<fileEntryId>/<config>/<file>``, document entries
  ``/web/guest/van-ban/-/document_library/Dl4kR8vN2pQe/view_file/<fileEntryId>``, a video entry
  ``/web/guest/video/-/asset_publisher/Vd2mT6yHc8Lb/content/<url-title>``;
- the language selector (hard-coded in the theme) ``/c/portal/update_language?...&languageId=en_US``
  answers 302 to ``/en/web/guest/trang-chu``, a one-page English introduction;
- the search bar: GET ``/web/guest/search?q=…&scope=this-site``.

Page templates
--------------
Home: "Tin nổi bật" carousel (3), then one Asset Publisher per category (4, 3, 2 newest cards),
links in the "view in context" form. Category page: breadcrumb, the AP with the decorated title
bar (a title that is not the page's name), Clay cards (thumbnail, date, title, abstract), the
Clay pagination bar ("Hiển thị 1 - 4 của 6 kết quả", «, 1, 2, »). Article page: the AP's title bar,
``<p class="component-title h4">`` with a back arrow and ``<span class="asset-title">`` (the
headline), the AP "author" metadata row (avatar sticker, the CMS user, the day), then the web
content template (two templates: "TCT - Tin bài" and the older "TCT - Bài viết (cũ)"), then
ratings, social bookmarks, the print icon, and the "Tin cùng chuyên mục" Asset Publisher.
Sidebar: "Tin xem nhiều", "Liên kết website", poll, "Thống kê truy cập".

How each gold article is reached
--------------------------------
- Tin tức (delta 4): T1, T3, T2, T4 on page 1 and on the home page; T5, T6 only on page 2.
- Đào tạo - Bồi dưỡng (delta 3): D1, D2, D3 on page 1 and home; D4 only on page 2.
- Nghiên cứu khoa học (delta 2): N1, N2 on page 1 and home; N3 only on page 2.
"Tin cùng chuyên mục" shows up to two other articles from the first page of the category, "Tin xem
nhiều" four page-1 articles: neither reaches T5, T6, D4 or N3.

Traps
-----
1. Portlet-namespaced pagination: page links are long ``p_p_id=…&_<ns>_cur=2&_<ns>_delta=4``
   URLs, the disabled « / » and the current page are ``href="javascript:;"``, the "1" link on page
   2 is a ``_cur=1`` URL that repeats page 1. Gold: T5, T6, D4, N3 exist (reachable only there).
2. One article, many URLs: the category AP form, the same with ``_assetEntryId``/``_redirect``
   (a different redirect for each listing page that shows it), the ``tin-chi-tiet`` display page
   form, ``/-/<url-title>`` and the print pop-up. The canonical link does NOT unify them: as
   Liferay does, each friendly form prints itself as canonical (the query is dropped). Gold: one
   record per article, path = canonical_path = the category form; the others are alt_paths.
3. Unicode url-titles: Liferay 7's friendly-URL normalizer keeps Vietnamese letters
   (``/-/nghiệm-thu-đề-tài-…``); cards and the home page print them percent-encoded, the
   "Tin cùng chuyên mục" list prints them as raw UTF-8. Gold paths are the percent-encoded
   UTF-8 form (upper-case hex), as a client sends them.
4. No heading for the headline: the only ``<h1>`` is the site name in the banner, the only
   ``<h2>`` in the content column is the portlet decoration ("Tin tức - Sự kiện", "Chi tiết tin",
   or on ``/-/`` pages the article title). The headline is ``<span class="asset-title">``.
   Gold title: the asset title.
5. UTC display date printed raw: the old template prints ``.vars['reserved-article-display-date']``
   as is, "Ngày đăng: Mon, 30 Nov 2026 23:15:00 +0000"; the AP metadata row shows the local day
   "01/12/2026". Gold: 2026-12-01T06:15:00+07:00 (the site's zone), not the 30th.
6. Two dates before the text: the new template prints "Cập nhật lần cuối: <modified>" before the
   publication time. Gold: the publication time, never the update.
7. "Người đăng" is a Liferay user, not a byline: the AP metadata row prints the CMS user ("Test
   Test", Liferay's default administrator, "Ban Biên tập", "Quản Trị Viên") with an avatar sticker.
   Gold: nobody from it; authors come from the byline at the end or the structure's "Tác giả" field.
8. Category from the wrong breadcrumb: on the display-page form the breadcrumb is "Trang chủ /
   Tin chi tiết", on ``/-/`` pages "Trang chủ", and the title bars say "Tin tức - Sự kiện",
   "Công tác đào tạo, bồi dưỡng", "Nghiên cứu - Trao đổi". Gold category: the category page's
   breadcrumb ("Tin tức", "Đào tạo - Bồi dưỡng", "Nghiên cứu khoa học").
9. Images as Liferay prints them: Adaptive Media ``<picture>`` whose ``<source srcset>`` are
   renditions (gold: the ``<img src>`` document URL with its ``?t=``), and one lazy image whose
   ``src`` is the theme's blank.gif and the photo is in ``data-src`` (gold: the data-src URL).
   Card thumbnails (``&imageThumbnail=1``) are never article images.
10. Chrome inside the article's container: "Lượt xem", "Từ khóa: …", ratings ("Xếp hạng trung
    bình"), social bookmarks, "Tài liệu đính kèm" PDF lines and the "Tin cùng chuyên mục" cards with
    their abstracts. Gold: none of it is body.
11. Non-articles in article clothing: the history page is a web content at
    ``/-/lich-su-hinh-thanh-va-phat-trien`` (same shape as ``/-/<url-title>`` articles), and a video
    entry sits at ``/web/guest/video/-/asset_publisher/…/content/…`` with a date and a view counter.
    Gold: NON_ARTICLES.
12. Pasted markup: Word's ``MsoNormal`` span soup with ``&nbsp;`` spacers (T4), paragraphs as
    ``<div>`` with ``<br />`` (D4), text typed on a Mac and stored decomposed (NFD, N2), a notice
    printed as an official document (D3, letterhead day 30/10 vs. display date 02/11), a time
    printed as "00:00" (T2). Gold: NFC text, a ``<br>`` splits, D3 dated 2026-10-30 and signed
    by its signer, T2 the day alone.

Gold decisions on ambiguous points
----------------------------------
- ``path`` and ``canonical_path`` are the category form without query; ``alt_paths`` lists every
  other target the site links to for the article (and the print pop-up, reachable only from a
  script).
- N1's date: the raw RFC 1123 string is the page's only time; gold converts it to +07:00.
- A lead printed by the template's description element ("tct-ctn-sapo" / "tomtat") is the
  summary and the body's first paragraph; a bold first paragraph inside the text is one too.
- "Tác giả: ThS. X" in the structure's author field gives X; the unit after a dash is dropped.
- D3 (official notice): its letterhead rows, "THÔNG BÁO" and subject lines, "Nơi nhận" and the
  signature block are not body; author = the signer; published_at = the letterhead's day.
- The "Tin cùng chuyên mục" thumbnails and the AP avatar sticker are not images of the article.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

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

NAME = "liferay73_clay_cards_tct"
PLATFORM = "Liferay DXP 7.3 (Clay cards, Asset Publisher ADT, custom theme)"
START_PATH = "/web/guest/trang-chu"

SITE = "Trường Chính trị tỉnh Nghệ An"
GROUP = 20121
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
DETAIL_INST = "aHn6Ue2GzQ7r"
RELATED_INST = "rL8vB2nKx5Ty"
VIDEO_INST = "Vd2mT6yHc8Lb"
DL_INST = "Dl4kR8vN2pQe"
TZ = timezone(timedelta(hours=7))
HEADER_DAY = "Thứ Bảy, 05/12/2026"
THEME = "/o/tct-nghean-theme"
T_CACHE = "1764582000000"


@dataclass(frozen=True)
class Cat:
    key: str
    name: str  # the page's name: menu and breadcrumb
    bar: str  # the Asset Publisher's custom title (portlet decoration)
    inst: str
    delta: int
    plid: int

    @property
    def ns(self) -> str:
        return f"{AP}_INSTANCE_{self.inst}"


CATS = {
    "tin-tuc": Cat("tin-tuc", "Tin tức", "Tin tức - Sự kiện", "t4Rq8ZkLmW2x", 4, 20135),
    "dao-tao-boi-duong": Cat(
        "dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", "Công tác đào tạo, bồi dưỡng", "Kd7pQ1sVb9Ne", 3, 20139
    ),
    "nghien-cuu-khoa-hoc": Cat(
        "nghien-cuu-khoa-hoc", "Nghiên cứu khoa học", "Nghiên cứu - Trao đổi", "N3wXc5JhYt0a", 2, 20143
    ),
}


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def doc(folder: int, name: str, when: str = "2026-11-01T08:00") -> str:
    """A Documents and Media URL as Liferay 7.3 prints it: /documents/group/folder/title/uuid?t=."""
    millis = int(datetime.fromisoformat(when).replace(tzinfo=TZ).timestamp() * 1000)
    return f"/documents/{GROUP}/{folder}/{name}/{_uuid(name)}?t={millis}"


# --- the stories ------------------------------------------------------------------------------

BYLINE_R = '<p style="text-align: right;"><strong>{}</strong></p>'


def _right(inner: str) -> Raw:
    return Raw(BYLINE_R.format(inner))


STORIES: list[Story] = [
    # ---------------------------------------------------------------- Tin tức (delta 4)
    Story(
        id=1,
        slug="dang-bo-truong-chinh-tri-tinh-kiem-diem-danh-gia-xep-loai-chat-luong-nam-2026",
        title="Đảng bộ Trường Chính trị tỉnh tổ chức kiểm điểm, đánh giá, xếp loại chất lượng tập thể và cá nhân năm 2026",
        cat="tin-tuc",
        published_at="2026-12-04T17:20:00+07:00",
        summary=(
            "Chiều 04/12, Đảng bộ Trường Chính trị tỉnh Nghệ An tổ chức hội nghị kiểm điểm, đánh giá, "
            "xếp loại chất lượng đối với tập thể Ban Chấp hành Đảng bộ và các đồng chí đảng ủy viên năm 2026."
        ),
        sapo_outside=True,
        authors=["Văn Thành"],
        blocks=[
            P(
                "Dự hội nghị có đồng chí Trần Quốc Khánh, Phó Trưởng Ban Tổ chức Tỉnh ủy; đại diện Đảng ủy "
                "Các cơ quan Đảng tỉnh và các đồng chí trong Ban Chấp hành Đảng bộ Trường."
            ),
            P(
                "Tại hội nghị, đồng chí Bí thư Đảng ủy, Hiệu trưởng Nhà trường trình bày báo cáo kiểm điểm "
                "tập thể Ban Chấp hành Đảng bộ năm 2026. Báo cáo nêu rõ, trong năm, Đảng bộ đã lãnh đạo Nhà "
                "trường hoàn thành toàn diện các nhiệm vụ chính trị: mở 42 lớp đào tạo, bồi dưỡng với hơn "
                "4.100 học viên; tổ chức 3 hội thảo khoa học cấp Trường và nghiệm thu 8 đề tài khoa học."
            ),
            P(
                "Bên cạnh những kết quả đạt được, báo cáo cũng thẳng thắn chỉ ra một số hạn chế như: việc đổi "
                "mới phương pháp giảng dạy ở một số khoa còn chậm; hoạt động nghiên cứu thực tế của giảng viên "
                "chưa thường xuyên; ứng dụng chuyển đổi số trong quản lý đào tạo chưa đồng bộ."
            ),
            P(
                "Các đại biểu đã tập trung thảo luận, đóng góp ý kiến thẳng thắn, mang tính xây dựng; từng "
                "đồng chí đảng ủy viên trình bày bản kiểm điểm cá nhân và tự nhận mức xếp loại chất lượng."
            ),
            Img(
                doc(38613, "t1-hoi-nghi-kiem-diem.jpg", "2026-12-04T17:00"),
                printed="Đồng chí Trần Quốc Khánh, Phó Trưởng Ban Tổ chức Tỉnh ủy phát biểu chỉ đạo hội nghị",
                caption="Đồng chí Trần Quốc Khánh, Phó Trưởng Ban Tổ chức Tỉnh ủy phát biểu chỉ đạo hội nghị",
                style="p-em",
            ),
            P(
                "Phát biểu chỉ đạo hội nghị, đồng chí Trần Quốc Khánh ghi nhận, đánh giá cao tinh thần tự phê "
                "bình và phê bình nghiêm túc của tập thể Ban Chấp hành Đảng bộ. Đồng chí đề nghị Đảng bộ Trường "
                "tiếp tục nâng cao chất lượng đào tạo, bồi dưỡng cán bộ, nhất là đội ngũ cán bộ cấp xã sau sắp "
                "xếp; chú trọng nghiên cứu khoa học gắn với thực tiễn của tỉnh."
            ),
            P(
                "Kết quả bỏ phiếu, tập thể Ban Chấp hành Đảng bộ Trường được đề nghị xếp loại hoàn thành tốt "
                "nhiệm vụ; 100% đảng ủy viên được đề nghị xếp loại hoàn thành tốt nhiệm vụ trở lên."
            ),
            _right("Văn Thành - Phòng Tổ chức - Hành chính"),
        ],
        opts={
            "tpl": "moi", "disp": "2026-12-04T17:20", "dfmt": "hm|d", "mod": "2026-12-05T08:12",
            "poster": "Test Test", "entry": 48211, "art": 48205, "tags": "đảng bộ, kiểm điểm, xếp loại",
        },
    ),
    Story(
        id=3,
        slug="chi-bộ-khoa-xây-dựng-đảng-sinh-hoạt-chuyên-đề-tháng-11-nâng-cao-chất-lượng-bài-giảng-gắn-với-thực-tiễn-cơ-sở",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề tháng 11: “Nâng cao chất lượng bài giảng gắn với thực tiễn cơ sở”",
        cat="tin-tuc",
        published_at="2026-11-26T09:45:00+07:00",
        summary=(
            "Thực hiện kế hoạch sinh hoạt chuyên đề năm 2026, sáng 25/11, Chi bộ Khoa Xây dựng Đảng tổ chức "
            "sinh hoạt chuyên đề với chủ đề “Nâng cao chất lượng bài giảng gắn với thực tiễn cơ sở”."
        ),
        authors=["Hồng Nhung"],
        photographers=["Hồng Nhung"],
        blocks=[
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên đề năm 2026, sáng 25/11, Chi bộ Khoa Xây dựng Đảng tổ chức "
                "sinh hoạt chuyên đề với chủ đề “Nâng cao chất lượng bài giảng gắn với thực tiễn cơ sở”.",
                style="b",
            ),
            P(
                "Tham dự buổi sinh hoạt có đồng chí Phó Bí thư Đảng ủy, Phó Hiệu trưởng Nhà trường cùng toàn "
                "thể đảng viên trong chi bộ."
            ),
            P(
                "Trình bày đề dẫn, đồng chí Bí thư Chi bộ nhấn mạnh: sau khi thực hiện mô hình chính quyền địa "
                "phương hai cấp, đối tượng học viên của Nhà trường có nhiều thay đổi, phần lớn là cán bộ, công "
                "chức cấp xã trực tiếp giải quyết công việc của người dân. Vì vậy, mỗi bài giảng cần đưa vào "
                "những tình huống, số liệu thực tế từ cơ sở để học viên dễ tiếp thu và vận dụng."
            ),
            Img(
                doc(38613, "t3-sinh-hoat-chuyen-de.jpg", "2026-11-26T09:30"),
                printed="Đảng viên Chi bộ Khoa Xây dựng Đảng thảo luận tại buổi sinh hoạt chuyên đề",
                caption="Đảng viên Chi bộ Khoa Xây dựng Đảng thảo luận tại buổi sinh hoạt chuyên đề",
                style="fig",
            ),
            P("Tại buổi sinh hoạt, các đảng viên đã tập trung thảo luận ba nhóm vấn đề:"),
            P(
                "Đổi mới cách xây dựng tình huống trong bài giảng các học phần về công tác xây dựng Đảng ở cơ sở;",
                style="li",
            ),
            P("Tăng cường đi thực tế, nắm bắt tình hình tại các đảng bộ xã, phường;", style="li"),
            P("Ứng dụng công nghệ thông tin, bài giảng điện tử trong giảng dạy.", style="li"),
            P(
                "Kết luận buổi sinh hoạt, chi bộ thống nhất giao mỗi giảng viên trong năm 2027 có ít nhất 01 "
                "chuyên đề gắn với thực tiễn tỉnh Nghệ An và tham gia tối thiểu 02 đợt nghiên cứu thực tế tại cơ sở."
            ),
            _right("Tin, ảnh: Hồng Nhung"),
        ],
        opts={
            "tpl": "moi", "disp": "2026-11-26T09:45", "dfmt": "thu-d-hm", "mod": "2026-11-27T14:03",
            "poster": "Test Test", "entry": 48163, "art": 48157, "tags": "chi bộ, sinh hoạt chuyên đề",
        },
    ),
    Story(
        id=2,
        slug="soi-noi-hoi-thao-chao-mung-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Sôi nổi Hội thao chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-tuc",
        published_at="2026-11-20",
        authors=["Thu Trang"],
        photographers=["Đức Anh"],
        blocks=[
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công đoàn Trường "
                "Chính trị tỉnh Nghệ An phối hợp với Đoàn Thanh niên tổ chức Hội thao cán bộ, giảng viên, "
                "người lao động năm 2026."
            ),
            P(
                "Hội thao diễn ra trong hai ngày 17 và 18/11 với các môn thi đấu: bóng chuyền hơi, cầu lông, "
                "bóng bàn, kéo co và cờ tướng, thu hút hơn 120 vận động viên đến từ 9 công đoàn bộ phận."
            ),
            Img(
                doc(38613, "t2-keo-co.jpg", "2026-11-19T16:00"),
                printed="Nội dung thi kéo co giữa các công đoàn bộ phận",
                caption="Nội dung thi kéo co giữa các công đoàn bộ phận",
                style="pic",
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, hấp dẫn trên tinh thần đoàn kết, trung thực, cao thượng. Đặc "
                "biệt, nội dung kéo co giữa các khoa, phòng đã tạo không khí vui tươi, thu hút đông đảo cán bộ, "
                "học viên đến cổ vũ."
            ),
            P(
                "Kết thúc hội thao, Ban Tổ chức đã trao giải nhất toàn đoàn cho Công đoàn bộ phận Khoa Nhà "
                "nước và Pháp luật; giải nhì thuộc về Công đoàn bộ phận Phòng Quản lý đào tạo; giải ba thuộc "
                "về Công đoàn bộ phận Khoa Lý luận cơ sở."
            ),
            Img(doc(38613, "t2-trao-giai.jpg", "2026-11-19T16:05"), printed="Ảnh: Đức Anh", style="lazy"),
            P(
                "Hội thao nhằm động viên phong trào thi đua dạy tốt, học tốt, rèn luyện sức khỏe, góp phần "
                "thực hiện thắng lợi nhiệm vụ chính trị năm 2026 của Nhà trường."
            ),
            _right("Tin: Thu Trang"),
        ],
        opts={
            "tpl": "moi", "disp": "2026-11-20T00:00", "dfmt": "hm|d", "mod": "2026-11-21T10:40",
            "poster": "Quản Trị Viên", "entry": 48120, "art": 48114, "tags": "công đoàn, hội thao, 20/11",
        },
    ),
    Story(
        id=4,
        slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-nghien-cuu-thuc-te-tai-khu-di-tich-kim-lien",
        title="Học viên lớp Cao cấp lý luận chính trị K76.B1 nghiên cứu thực tế tại Khu di tích Kim Liên",
        cat="tin-tuc",
        published_at="2026-11-12T10:05:00+07:00",
        source="baonghean.vn",
        blocks=[
            P(
                "Ngày 11/11, Trường Chính trị tỉnh Nghệ An phối hợp với Học viện Chính trị khu vực III tổ chức "
                "cho 86 học viên lớp Cao cấp lý luận chính trị hệ không tập trung K76.B1 đi nghiên cứu thực tế "
                "tại Khu di tích Quốc gia đặc biệt Kim Liên.",
                style="word",
            ),
            P(
                "Tại đây, đoàn đã dâng hoa, dâng hương tưởng niệm Chủ tịch Hồ Chí Minh, thăm quê nội làng Sen, "
                "quê ngoại làng Hoàng Trù và nghe thuyết minh về thân thế, sự nghiệp của Người.",
                style="word",
            ),
            Img(
                doc(38613, "t4-kim-lien.jpg", "2026-11-12T09:50"),
                printed="Học viên lớp Cao cấp lý luận chính trị K76.B1 dâng hoa tại Khu di tích Kim Liên",
                caption="Học viên lớp Cao cấp lý luận chính trị K76.B1 dâng hoa tại Khu di tích Kim Liên",
                style="tbl",
            ),
            P(
                "Học viên cũng làm việc với Ban Quản lý Khu di tích Kim Liên để tìm hiểu công tác bảo tồn, phát "
                "huy giá trị di tích gắn với phát triển du lịch văn hóa và giáo dục truyền thống cách mạng cho "
                "thế hệ trẻ.",
                style="word",
            ),
            P(
                "Chuyến nghiên cứu thực tế là dịp để học viên liên hệ giữa lý luận với thực tiễn, củng cố niềm "
                "tin, lòng tự hào và trách nhiệm học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
                "trong công tác.",
                style="word",
            ),
            P(
                "Theo kế hoạch, kết thúc đợt nghiên cứu thực tế, mỗi học viên sẽ hoàn thành một bài thu hoạch "
                "gắn với vị trí công tác của mình.",
                style="word",
            ),
            Raw('<p class="MsoNormal" style="text-align:right"><i><span style="font-size:13.0pt">Nguồn: baonghean.vn</span></i></p>'),
        ],
        opts={
            "tpl": "moi", "disp": "2026-11-12T10:05", "dfmt": "hm d", "mod": "2026-11-12T10:05",
            "poster": "Ban Biên tập", "entry": 48077, "art": 48071, "tags": "nghiên cứu thực tế, Kim Liên",
        },
    ),
    Story(
        id=5,
        slug="ky-ket-quy-che-phoi-hop-giua-truong-chinh-tri-tinh-va-bo-chi-huy-quan-su-tinh",
        title="Ký kết Quy chế phối hợp giữa Trường Chính trị tỉnh và Bộ Chỉ huy Quân sự tỉnh giai đoạn 2026 - 2030",
        cat="tin-tuc",
        published_at="2026-10-28T16:00:00+07:00",
        summary=(
            "Sáng 28/10, Trường Chính trị tỉnh Nghệ An và Bộ Chỉ huy Quân sự tỉnh tổ chức ký kết Quy chế phối "
            "hợp trong công tác đào tạo, bồi dưỡng kiến thức quốc phòng và an ninh giai đoạn 2026 - 2030."
        ),
        sapo_outside=True,
        authors=["Lê Minh Đức"],
        blocks=[
            P(
                "Theo Quy chế, hai bên phối hợp xây dựng chương trình, kế hoạch bồi dưỡng kiến thức quốc phòng "
                "và an ninh cho đối tượng 3, đối tượng 4; cử báo cáo viên tham gia giảng dạy các chuyên đề về "
                "quốc phòng, quân sự địa phương và tổ chức diễn tập khu vực phòng thủ cho học viên."
            ),
            Img(
                doc(38613, "t5-ky-ket.jpg", "2026-10-28T11:00"),
                printed="(Lãnh đạo hai đơn vị ký kết Quy chế phối hợp)",
                caption="Lãnh đạo hai đơn vị ký kết Quy chế phối hợp",
                style="paren",
            ),
            P(
                "Bộ Chỉ huy Quân sự tỉnh tạo điều kiện để giảng viên của Trường đi nghiên cứu thực tế tại các "
                "đơn vị lực lượng vũ trang; Nhà trường hỗ trợ bồi dưỡng lý luận chính trị cho cán bộ quân sự cấp xã."
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo hai đơn vị khẳng định việc ký kết Quy chế là cơ sở để nâng cao "
                "chất lượng công tác giáo dục quốc phòng và an ninh, góp phần xây dựng nền quốc phòng toàn dân "
                "vững chắc trên địa bàn tỉnh."
            ),
        ],
        opts={
            "tpl": "moi", "disp": "2026-10-28T16:00", "dfmt": "thu-d-hm", "mod": "2026-10-30T07:55",
            "poster": "Test Test", "entry": 47960, "art": 47954, "tg": "Lê Minh Đức",
            "tags": "quốc phòng an ninh, quy chế phối hợp",
        },
    ),
    Story(
        id=6,
        slug="doan-thanh-nien-truong-huong-ung-ngay-chuyen-doi-so-quoc-gia",
        title="Đoàn Thanh niên Trường ra quân hưởng ứng Ngày Chuyển đổi số quốc gia 10/10",
        cat="tin-tuc",
        published_at="2026-10-10T08:30:00+07:00",
        authors=["Đoàn Thanh niên Trường"],
        blocks=[
            P(
                "Sáng 10/10, Đoàn Thanh niên Trường Chính trị tỉnh Nghệ An tổ chức ra quân hưởng ứng Ngày "
                "Chuyển đổi số quốc gia năm 2026 với chủ đề “Dữ liệu số - động lực phát triển”."
            ),
            P(
                "Các đoàn viên chia thành 4 tổ tình nguyện, phối hợp với Đoàn phường Trường Vinh hỗ trợ người "
                "dân các nội dung:"
            ),
            P("👉 Cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức độ 2;", style="li"),
            P("👉 Hướng dẫn nộp hồ sơ thủ tục hành chính trên Cổng Dịch vụ công quốc gia;", style="li"),
            P("👉 Thanh toán không dùng tiền mặt, nhận diện các thủ đoạn lừa đảo trên không gian mạng.", style="li"),
            Img(
                doc(38613, "t6-chuyen-doi-so.jpg", "2026-10-10T08:10"),
                printed="Đoàn viên hướng dẫn người dân cài đặt ứng dụng VNeID",
                caption="Đoàn viên hướng dẫn người dân cài đặt ứng dụng VNeID",
                style="p-em",
            ),
            P(
                "Trong buổi sáng, các tổ tình nguyện đã hỗ trợ gần 300 lượt người dân, góp phần lan tỏa ý "
                "thức sử dụng dịch vụ số an toàn, hiệu quả trong cộng đồng."
            ),
            _right("Đoàn Thanh niên Trường"),
        ],
        opts={
            "tpl": "moi", "disp": "2026-10-10T08:30", "dfmt": "hm|d", "mod": "2026-10-11T09:20",
            "poster": "Quản Trị Viên", "entry": 47902, "art": 47896, "tags": "chuyển đổi số, đoàn thanh niên",
        },
    ),
    # ---------------------------------------------------------------- Đào tạo - Bồi dưỡng (delta 3)
    Story(
        id=7,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-99",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 99 dành cho cán bộ cấp xã",
        cat="dao-tao-boi-duong",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng 03/12, Trường Chính trị tỉnh Nghệ An khai giảng lớp Trung cấp lý luận chính trị hệ không "
            "tập trung khóa 99 cho 112 học viên là cán bộ, công chức các xã, phường khu vực phía Tây của tỉnh."
        ),
        authors=["Phan Thị Hương Giang"],
        blocks=[
            P(
                "Sáng 03/12, Trường Chính trị tỉnh Nghệ An khai giảng lớp Trung cấp lý luận chính trị hệ không "
                "tập trung khóa 99 cho 112 học viên là cán bộ, công chức các xã, phường khu vực phía Tây của tỉnh.",
                style="b",
            ),
            P(
                "Lớp học được tổ chức tại cơ sở 2 của Nhà trường, thời gian học tập 8 tháng, học viên học vào "
                "các ngày thứ Sáu, thứ Bảy hằng tuần."
            ),
            P(
                "Chương trình gồm 4 phần: những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; "
                "những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng; quản lý hành chính nhà nước; và những "
                "vấn đề cơ bản về hệ thống chính trị, kỹ năng lãnh đạo, quản lý ở cơ sở."
            ),
            Img(
                doc(38701, "d1-khai-giang-k99.jpg", "2026-12-03T10:30"),
                printed="Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị khóa 99",
                caption="Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị khóa 99",
                style="pic",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường đề nghị học viên xác định rõ mục "
                "tiêu, động cơ học tập; chấp hành nghiêm quy chế, nội quy; tích cực trao đổi, thảo luận và liên "
                "hệ với thực tiễn công tác tại địa phương."
            ),
            P(
                "Nhà trường cũng yêu cầu các khoa chuyên môn bố trí giảng viên có kinh nghiệm, tăng cường "
                "phương pháp dạy học tích cực, lấy học viên làm trung tâm."
            ),
            _right("ThS. Phan Thị Hương Giang - Phòng Quản lý đào tạo"),
        ],
        opts={
            "tpl": "moi", "disp": "2026-12-03T14:30", "dfmt": "hm|d", "mod": "2026-12-04T16:47",
            "poster": "Ban Biên tập", "entry": 48190, "art": 48184, "tags": "trung cấp lý luận chính trị, khai giảng",
        },
    ),
    Story(
        id=8,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-khoa-ii-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 khóa II năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-24T07:50:00+07:00",
        authors=["Quang Huy"],
        photographers=["Minh Tâm"],
        blocks=[
            P(
                "Chiều 23/11, Trường Chính trị tỉnh Nghệ An phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế "
                "giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 khóa II năm 2026."
            ),
            P(
                "Sau 5 ngày học tập, 132 học viên là trưởng thôn, bí thư chi bộ, cán bộ Mặt trận và các đoàn "
                "thể ở cơ sở đã được bồi dưỡng những nội dung cơ bản về đường lối quốc phòng, an ninh của Đảng; "
                "xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân; phòng, chống chiến "
                "lược “diễn biến hòa bình”."
            ),
            P("Kết quả học tập của lớp như sau:"),
            P("Xếp loại | Số học viên | Tỷ lệ", style="tr"),
            P("Giỏi | 58 | 43,9%", style="tr"),
            P("Khá | 71 | 53,8%", style="tr"),
            P("Trung bình | 3 | 2,3%", style="tr"),
            Img(
                doc(38701, "d2-be-giang-dt4.jpg", "2026-11-23T17:00"),
                printed="Trao giấy chứng nhận cho các học viên đạt kết quả cao",
                caption="Trao giấy chứng nhận cho các học viên đạt kết quả cao",
                style="tbl",
            ),
            P(
                "Dịp này, Nhà trường đã tặng giấy khen cho 8 học viên có thành tích xuất sắc trong học tập và "
                "rèn luyện."
            ),
            _right("Tin: Quang Huy - Ảnh: Minh Tâm"),
        ],
        opts={
            "tpl": "moi", "disp": "2026-11-24T07:50", "dfmt": "thu-d-hm", "mod": "2026-11-24T07:50",
            "poster": "Test Test", "entry": 48144, "art": 48138, "tags": "quốc phòng an ninh, đối tượng 4",
        },
    ),
    Story(
        id=9,
        slug="thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="dao-tao-boi-duong",
        published_at="2026-10-30",
        authors=["Trần Đình Quý"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody>'
                '<tr><td style="text-align:center; width:45%">TỈNH ỦY NGHỆ AN<br /><strong>TRƯỜNG CHÍNH TRỊ</strong><br />*</td>'
                '<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></td></tr>'
                '<tr><td style="text-align:center">Số 215-TB/TCT</td>'
                '<td style="text-align:right"><em>Nghệ An, ngày 30 tháng 10 năm 2026</em></td></tr>'
                "</tbody></table>"
            ),
            Raw(
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027</strong></p>"
                '<p style="text-align:center">-----</p>'
            ),
            P(
                "Căn cứ Kế hoạch đào tạo năm 2027 của Học viện Chính trị khu vực III; căn cứ chỉ tiêu được Ban "
                "Thường vụ Tỉnh ủy phân bổ, Trường Chính trị tỉnh Nghệ An thông báo tuyển sinh lớp Cao cấp lý "
                "luận chính trị hệ không tập trung năm 2027 như sau:"
            ),
            P("1. Đối tượng, tiêu chuẩn", style="h"),
            P(
                "Cán bộ lãnh đạo, quản lý cấp phòng và tương đương trở lên ở các cơ quan, đơn vị của tỉnh; bí "
                "thư, phó bí thư đảng ủy, chủ tịch, phó chủ tịch Ủy ban nhân dân các xã, phường đã được quy "
                "hoạch theo quy định."
            ),
            P("2. Hồ sơ dự tuyển", style="h"),
            P(
                "Hồ sơ gồm: công văn cử đi học của cơ quan có thẩm quyền, lý lịch học viên, bản sao bằng tốt "
                "nghiệp đại học, giấy chứng nhận sức khỏe và các giấy tờ liên quan theo mẫu gửi kèm."
            ),
            P("3. Thời gian, địa điểm nhận hồ sơ", style="h"),
            P(
                "Từ ngày 02/11/2026 đến hết ngày 15/12/2026, tại Phòng Quản lý đào tạo, Trường Chính trị tỉnh "
                "Nghệ An. Dự kiến khai giảng trong tháng 3/2027."
            ),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
                "- Các đảng ủy trực thuộc Tỉnh ủy;<br />- Ban Tổ chức Tỉnh ủy (b/c);<br />- Lưu VT, QLĐT.</td>"
                '<td style="text-align:center; vertical-align:top"><strong>T/M BAN GIÁM HIỆU<br />HIỆU TRƯỞNG</strong>'
                "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Trần Đình Quý</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        opts={
            "tpl": "moi", "disp": "2026-11-02T08:00", "dfmt": "hm|d", "mod": "2026-11-03T15:30",
            "poster": "Test Test", "entry": 47988, "art": 47982, "tags": "tuyển sinh, cao cấp lý luận chính trị",
            "attach": ("TB-215-TCT-tuyen-sinh-CCLLCT-2027.pdf", 45870, 45871),
        },
    ),
    Story(
        id=10,
        slug="boi-duong-cap-nhat-kien-thuc-cho-can-bo-cong-chuc-cap-xa-sau-sap-xep",
        title="Bồi dưỡng cập nhật kiến thức cho cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính",
        cat="dao-tao-boi-duong",
        published_at="2026-10-20T14:00:00+07:00",
        authors=["Nguyễn Hoài Nam"],
        blocks=[
            P(
                "Từ ngày 14 đến 18/10, Trường Chính trị tỉnh Nghệ An tổ chức 3 lớp bồi dưỡng cập nhật kiến thức "
                "cho 365 cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính.",
                style="brjoin",
            ),
            P(
                "Các lớp học tập trung vào những nội dung mới về tổ chức và hoạt động của chính quyền địa "
                "phương hai cấp, phân cấp, phân quyền giữa tỉnh và xã.",
                style="brjoin",
            ),
            P(
                "Học viên còn được trang bị kỹ năng giải quyết thủ tục hành chính, tiếp công dân và xử lý đơn "
                "thư, quản lý đất đai, trật tự xây dựng trên địa bàn xã.",
                style="div",
            ),
            Img(
                doc(38701, "d4-lop-boi-duong-cap-xa.jpg", "2026-10-20T13:40"),
                printed="Một buổi học của lớp bồi dưỡng cán bộ, công chức cấp xã",
                caption="Một buổi học của lớp bồi dưỡng cán bộ, công chức cấp xã",
                style="pic",
            ),
            P(
                "Giảng viên các khoa đã dành nhiều thời gian trao đổi, giải đáp vướng mắc mà học viên gặp phải "
                "trong thực tế công tác ở cơ sở.",
                style="brjoin",
            ),
            P(
                "Kết thúc khóa học, 100% học viên được cấp giấy chứng nhận hoàn thành chương trình bồi dưỡng.",
                style="brjoin",
            ),
        ],
        opts={
            "tpl": "moi", "disp": "2026-10-20T14:00", "dfmt": "d hm", "mod": "2026-10-21T08:05",
            "poster": "Ban Biên tập", "entry": 47925, "art": 47919, "tg": "ThS. Nguyễn Hoài Nam - Khoa Nhà nước và Pháp luật",
            "tags": "bồi dưỡng, cán bộ cấp xã",
        },
    ),
    # ---------------------------------------------------------------- Nghiên cứu khoa học (delta 2)
    Story(
        id=11,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-dao-tao-boi-duong-can-bo-cap-xa",
        title="Hội thảo khoa học “Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cấp xã đáp ứng yêu cầu vận hành chính quyền địa phương hai cấp”",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-12-01T06:15:00+07:00",
        summary=(
            "Ngày 27/11, Trường Chính trị tỉnh Nghệ An tổ chức Hội thảo khoa học cấp Trường với chủ đề "
            "“Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cấp xã đáp ứng yêu cầu vận hành chính quyền địa "
            "phương hai cấp”."
        ),
        sapo_outside=True,
        authors=["Hoàng Lan"],
        blocks=[
            P(
                "Tham dự hội thảo có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Sở Nội vụ, Học viện Chính trị khu "
                "vực III cùng đông đảo giảng viên, cán bộ nghiên cứu và đại diện lãnh đạo một số xã, phường."
            ),
            P(
                "Ban Tổ chức nhận được 36 bài tham luận, trong đó 12 bài được trình bày trực tiếp tại hội thảo. "
                "Các ý kiến tập trung làm rõ yêu cầu mới đối với đội ngũ cán bộ cấp xã khi tiếp nhận nhiều "
                "nhiệm vụ được phân cấp từ cấp huyện trước đây."
            ),
            Img(
                doc(38755, "n1-hoi-thao-cap-xa.jpg", "2026-11-27T11:00"),
                printed="Các đại biểu trình bày tham luận tại hội thảo",
                caption="Các đại biểu trình bày tham luận tại hội thảo",
                style="p-em",
            ),
            P(
                "Nhiều tham luận đề xuất đổi mới chương trình theo hướng tinh gọn lý thuyết, tăng thời lượng "
                "thực hành, xây dựng ngân hàng tình huống quản lý từ chính thực tiễn các xã của Nghệ An."
            ),
            P(
                "Kết luận hội thảo, đồng chí Hiệu trưởng Nhà trường tiếp thu các ý kiến và giao Phòng Quản lý "
                "khoa học tổng hợp, hoàn thiện kỷ yếu, làm cơ sở tham mưu Ban Thường vụ Tỉnh ủy về giải pháp "
                "nâng cao chất lượng đội ngũ cán bộ cơ sở giai đoạn 2026 - 2030."
            ),
            _right("Hoàng Lan - Phòng Quản lý khoa học"),
        ],
        opts={
            "tpl": "cu", "disp": "2026-12-01T06:15", "dfmt": "rfc", "poster": "Test Test",
            "entry": 48172, "art": 48166,
        },
    ),
    Story(
        id=12,
        slug="nghiệm-thu-đề-tài-khoa-học-cấp-trường-năm-2026",
        title="Nghiệm thu đề tài khoa học cấp Trường năm 2026",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-18T15:40:00+07:00",
        authors=["Phòng Quản lý khoa học"],
        blocks=[
            P(
                "Trong hai ngày 16 và 17/11, Hội đồng khoa học Trường Chính trị tỉnh Nghệ An tổ chức nghiệm "
                "thu 4 đề tài khoa học cấp Trường năm 2026."
            ),
            P(
                "Các đề tài tập trung nghiên cứu những vấn đề thiết thực đối với công tác giảng dạy và thực "
                "tiễn của tỉnh. Kết quả nghiệm thu cụ thể:"
            ),
            P("TT | Tên đề tài | Chủ nhiệm | Xếp loại", style="tr"),
            P("1 | Xây dựng ngân hàng tình huống phục vụ giảng dạy chương trình Trung cấp lý luận chính trị | ThS. Lê Thị Hoài | Xuất sắc", style="tr"),
            P("2 | Giải pháp nâng cao chất lượng sinh hoạt chi bộ ở các xã miền núi tỉnh Nghệ An | ThS. Vi Văn Sơn | Tốt", style="tr"),
            P("3 | Ứng dụng bài giảng điện tử trong bồi dưỡng cán bộ cấp xã | CN. Đậu Thị Mai | Tốt", style="tr"),
            P("4 | Phát huy giá trị di tích lịch sử trong giáo dục truyền thống cho học viên | ThS. Nguyễn Văn Tài | Đạt", style="tr"),
            P(
                "Hội đồng đánh giá các đề tài có tính ứng dụng cao, đề nghị chủ nhiệm đề tài tiếp thu ý kiến "
                "góp ý, hoàn thiện sản phẩm và đưa kết quả nghiên cứu vào giảng dạy từ năm học 2026 - 2027."
            ),
            _right("Phòng Quản lý khoa học"),
        ],
        opts={
            "tpl": "moi", "disp": "2026-11-18T15:40", "dfmt": "hm|d", "mod": "2026-11-19T09:00",
            "poster": "Quản Trị Viên", "entry": 48101, "art": 48095, "nfd": True,
            "tags": "đề tài khoa học, nghiệm thu",
        },
    ),
    Story(
        id=13,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-vao-cong-tac-dao-tao-boi-duong-can-bo-o-nghe-an",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác đào tạo, bồi dưỡng cán bộ ở tỉnh Nghệ An hiện nay",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-10-22",
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để các trường "
            "chính trị đổi mới nội dung, phương pháp đào tạo, bồi dưỡng đội ngũ cán bộ trong giai đoạn mới."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            P("1. Tư tưởng Hồ Chí Minh về cán bộ và huấn luyện cán bộ", style="h"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “Muôn việc thành công "
                "hoặc thất bại, đều do cán bộ tốt hoặc kém”.[1] Theo Người, huấn luyện cán bộ là công việc gốc "
                "của Đảng, phải làm thường xuyên, lý luận phải gắn liền với thực tế."
            ),
            P(
                "Người yêu cầu việc học tập của cán bộ phải “học để làm việc, làm người, làm cán bộ”, phải "
                "coi trọng cả đức và tài, trong đó đạo đức cách mạng là gốc.[2]"
            ),
            P("2. Vận dụng vào công tác đào tạo, bồi dưỡng ở Nghệ An", style="h"),
            P(
                "Thứ nhất, đổi mới nội dung chương trình theo hướng gắn lý luận với thực tiễn địa phương, đưa "
                "các nghị quyết, chương trình hành động của Tỉnh ủy vào bài giảng."
            ),
            P(
                "Thứ hai, đổi mới phương pháp giảng dạy, tăng cường thảo luận, xử lý tình huống, nghiên cứu "
                "thực tế, phát huy tính chủ động của học viên."
            ),
            P(
                "Thứ ba, xây dựng đội ngũ giảng viên vừa vững lý luận, vừa am hiểu thực tiễn, thường xuyên đi "
                "cơ sở, nắm bắt tâm tư, nguyện vọng của cán bộ và nhân dân."
            ),
            P(
                "Vận dụng sáng tạo tư tưởng Hồ Chí Minh về cán bộ là yêu cầu khách quan để Trường Chính trị "
                "tỉnh Nghệ An hoàn thành tốt nhiệm vụ đào tạo, bồi dưỡng cán bộ trong giai đoạn mới."
            ),
            P("Tài liệu tham khảo", style="h"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309, 280.", style="fn"),
            P("[2] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.11, tr.611.", style="fn"),
        ],
        opts={
            "tpl": "moi", "disp": "2026-10-22T09:00", "dfmt": "d", "mod": "2026-10-25T10:10",
            "poster": "Test Test", "entry": 47941, "art": 47935,
            "tg": "ThS. Nguyễn Thị Thu Hà - Khoa Xây dựng Đảng", "tags": "tư tưởng Hồ Chí Minh, công tác cán bộ",
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
for _s in STORIES:
    _s.opts["dt"] = datetime.fromisoformat(_s.opts["disp"]).replace(tzinfo=TZ)


def in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["dt"], reverse=True)


# --- URLs ---------------------------------------------------------------------------------------


def qslug(story: Story) -> str:
    return quote(story.slug)


def cat_path(story: Story) -> str:
    c = CATS[story.cat]
    return f"/web/guest/{c.key}/-/asset_publisher/{c.inst}/content/{qslug(story)}"


def detail_path(story: Story) -> str:
    return f"/web/guest/tin-chi-tiet/-/asset_publisher/{DETAIL_INST}/content/{qslug(story)}"


def friendly_path(story: Story, raw: bool = False) -> str:
    return f"/-/{story.slug if raw else qslug(story)}"


def print_path(story: Story) -> str:
    return cat_path(story) + f"?p_p_state=pop_up&_{CATS[story.cat].ns}_viewMode=print"


def listing_url(cat: Cat, cur: int | None = None) -> str:
    if cur is None:
        return f"/web/guest/{cat.key}"
    return (
        f"/web/guest/{cat.key}?p_p_id={cat.ns}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_{cat.ns}_cur={cur}&_{cat.ns}_delta={cat.delta}"
    )


def card_link(story: Story, current: str) -> str:
    ns = CATS[story.cat].ns
    return (
        cat_path(story)
        + f"?_{ns}_assetEntryId={story.opts['entry']}&_{ns}_redirect={quote(current, safe='')}"
    )


def pages_of(cat: Cat) -> int:
    return max(1, -(-len(in_cat(cat.key)) // cat.delta))


def page_items(cat: Cat, cur: int) -> list[Story]:
    return in_cat(cat.key)[(cur - 1) * cat.delta : cur * cat.delta]


def alt_paths(story: Story) -> list[str]:
    cat = CATS[story.cat]
    out = [detail_path(story), friendly_path(story), print_path(story)]
    for cur in range(1, pages_of(cat) + 1):
        if story in page_items(cat, cur):
            if cur == 1:
                out.append(card_link(story, listing_url(cat)))
            out.append(card_link(story, listing_url(cat, cur)))
    return out


# --- dates ---------------------------------------------------------------------------------------

THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def dmy(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


def printed_date(story: Story) -> str:
    dt = story.opts["dt"]
    fmt = story.opts["dfmt"]
    if fmt == "hm|d":
        return f"{dt:%H:%M} | {dmy(dt)}"
    if fmt == "thu-d-hm":
        return f"{THU[dt.weekday()]}, {dmy(dt)} - {dt:%H:%M}"
    if fmt == "hm d":
        return f"{dt:%H:%M} {dmy(dt)}"
    if fmt == "d hm":
        return f"{dmy(dt)} {dt:%H:%M}"
    if fmt == "d":
        return dmy(dt)
    if fmt == "rfc":  # the raw reserved-article-display-date: UTC, RFC 1123
        return dt.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    raise ValueError(fmt)


def dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --- article text ---------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img_tag(img: Img, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" src="{esc(img.src)}" />'


def _fileentry(img: Img) -> int:
    return 45000 + int(hashlib.md5(img.src.encode()).hexdigest()[:4], 16) % 3000


def render_img(story: Story, img: Img) -> str:
    line = _t(story, img.printed) if img.printed else ""
    if img.style == "p-em":
        out = f'<p style="text-align: center;">{_img_tag(img)}</p>'
        return out + (f'<p style="text-align: center;"><em>{line}</em></p>' if line else "")
    if img.style == "paren":
        out = f'<p style="text-align: center;">{_img_tag(img)}</p>'
        return out + f'<p style="text-align: center;"><span style="font-size:12px;"><em>{line}</em></span></p>'
    if img.style == "fig":
        return (
            f'<figure class="image" style="text-align:center">{_img_tag(img)}'
            f"<figcaption>{line}</figcaption></figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tct-anh" style="width:90%">'
            f"<tbody><tr><td>{_img_tag(img)}</td></tr>"
            f'<tr><td style="text-align:center"><span style="font-size:13px"><em>{line}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "pic":
        fe = _fileentry(img)
        name = img.src.split("/")[4]
        t = img.src.split("?t=")[1]
        return (
            f'<p style="text-align: center;"><picture data-fileentryid="{fe}">'
            f'<source media="(max-width:300px)" srcset="/o/adaptive-media/image/{fe}/Thumbnail-300x300/{name}?t={t}" />'
            f'<source media="(max-width:1000px) and (min-width:300px)" srcset="/o/adaptive-media/image/{fe}/Preview-1000x0/{name}?t={t}" />'
            f"{_img_tag(img)}</picture></p>"
            + (f'<p style="text-align: center;"><em>{line}</em></p>' if line else "")
        )
    if img.style == "lazy":
        return (
            f'<p style="text-align: center;"><img alt="" class="tct-lazy" data-src="{esc(img.src)}" '
            f'src="{THEME}/images/blank.gif" /></p>'
            + (f'<p style="text-align: right;"><em>{line}</em></p>' if line else "")
        )
    raise ValueError(img.style)


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(render_img(story, b))
            i += 1
            continue
        style = b.style
        if style in ("li", "tr", "brjoin"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                run.append(blocks[i])
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in run) + "</ul>")
            elif style == "tr":
                rows = []
                for n, p in enumerate(run):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(f"<{tag}>{_t(story, c)}</{tag}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
            else:
                out.append(
                    '<div style="text-align: justify;">'
                    + "<br />\n".join(_t(story, p.text) for p in run)
                    + "</div><div>&nbsp;</div>"
                )
            continue
        t = _t(story, b.text)
        if style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
        elif style == "h":
            out.append(f"<p><strong>{t}</strong></p>")
        elif style == "fn":
            out.append(f'<p><span style="font-size:12px;">{t}</span></p>')
        elif style == "div":
            out.append(f'<div style="text-align: justify;">{t}</div>')
        elif style == "word":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
                'line-height:normal"><span style="font-size:14.0pt"><span style="font-family:&quot;Times New '
                f'Roman&quot;,serif">{t}</span></span></p>\n<p class="MsoNormal">&nbsp;</p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{t}</p>')
        i += 1
    return "\n".join(out)


def thumb(story: Story) -> str:
    return doc(38600, f"anh-dai-dien-{story.opts['art']}.jpg", story.opts["disp"]) + "&imageThumbnail=1"


def abstract(story: Story) -> str:
    src = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return src if len(src) <= 150 else src[:147].rsplit(" ", 1)[0] + "..."


# --- chrome ---------------------------------------------------------------------------------


def icon(name: str) -> str:
    return (
        f'<svg class="lexicon-icon lexicon-icon-{name}" focusable="false" role="presentation">'
        f'<use xlink:href="{THEME}/images/clay/icons.svg#{name}"></use></svg>'
    )


def portlet(pid: str, inner: str, title: str | None = None, extra_cls: str = "") -> str:
    short = pid.split("_INSTANCE_")[0]
    bar = ""
    if title is not None:
        bar = (
            '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
            f'<h2 class="portlet-title-text">{esc(title)}</h2></div>'
            '<div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>'
        )
    deco = "portlet-decorate" if title is not None else "portlet-barebone"
    return (
        f'<div class="portlet-boundary portlet-boundary_{short}_ portlet-static portlet-static-end '
        f'{deco} {extra_cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}">{bar}'
        f'<div class="portlet-content"><div class="portlet-content-container">'
        f'<div class="portlet-body">{inner}</div></div></div></section></div>'
    )


MENU = [
    ("Trang chủ", "/web/guest/trang-chu", 20127, []),
    (
        "Giới thiệu",
        "/web/guest/gioi-thieu",
        20131,
        [
            ("Lịch sử hình thành", "/-/lich-su-hinh-thanh-va-phat-trien"),
            ("Liên hệ", "/web/guest/lien-he"),
        ],
    ),
    ("Tin tức", "/web/guest/tin-tuc", 20135, []),
    ("Đào tạo - Bồi dưỡng", "/web/guest/dao-tao-boi-duong", 20139, []),
    ("Nghiên cứu khoa học", "/web/guest/nghien-cuu-khoa-hoc", 20143, []),
    ("Văn bản", "/web/guest/van-ban", 20147, []),
    ("Thư viện", "/web/guest/video", 20151, [("Video", "/web/guest/video")]),
]


def nav(active: str) -> str:
    items = []
    for label, href, plid, children in MENU:
        sel = " selected active" if href == active else ""
        if children:
            sub = "".join(
                f'<li class="lfr-nav-item" role="presentation"><a class="dropdown-item" href="{esc(h)}" '
                f'role="menuitem">{esc(lbl)}</a></li>'
                for lbl, h in children
            )
            items.append(
                f'<li class="lfr-nav-item nav-item dropdown{sel}" id="layout_{plid}" role="presentation">'
                f'<a aria-haspopup="true" class="nav-link dropdown-toggle" href="{href}" role="menuitem">'
                f'<span>{esc(label)}</span> {icon("caret-bottom")}</a>'
                f'<ul class="child-menu dropdown-menu" role="menu">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li class="lfr-nav-item nav-item{sel}" id="layout_{plid}" role="presentation">'
                f'<a class="nav-link" href="{href}" role="menuitem"><span>{esc(label)}</span></a></li>'
            )
    return (
        '<nav class="sort-pages modify-pages navbar navbar-expand-md tct-mnu" id="navigation" role="navigation">'
        f'<ul aria-label="Các trang của trang web" class="navbar-nav" role="menubar">{"".join(items)}</ul></nav>'
    )


def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in trail:
        if href:
            lis.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(href)}" title="{esc(label)}">'
                f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
            )
        else:
            lis.append(
                f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>'
            )
    inner = f'<nav aria-label="Breadcrumb" id="breadcrumb"><ol class="breadcrumb">{"".join(lis)}</ol></nav>'
    return portlet(
        "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_tctBrc01",
        inner,
    )


def header() -> str:
    lang = (
        '<div class="tct-ngonngu">'
        '<span class="language-entry-short-text" lang="vi-VN" title="Tiếng Việt">VI</span> | '
        '<a class="language-entry-short-text" href="/c/portal/update_language?p_l_id=20127&amp;redirect=%2Fweb%2Fguest%2Ftrang-chu&amp;languageId=en_US" '
        'lang="en-US" title="English">EN</a></div>'
    )
    search = (
        '<form action="/web/guest/search" method="get" name="_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_fm">'
        '<div class="input-group search-bar search-bar-simple"><div class="input-group-item">'
        '<input class="form-control input-group-inset input-group-inset-after search-bar-keywords-input" '
        'name="q" placeholder="Tìm kiếm..." title="Tìm kiếm" type="text" value="" />'
        '<div class="input-group-inset-item input-group-inset-item-after">'
        f'<button class="btn btn-unstyled" type="submit">{icon("search")}</button></div>'
        '<input name="scope" type="hidden" value="this-site" /></div></div></form>'
    )
    return (
        '<div class="tct-topbar"><div class="container"><div class="autofit-row">'
        f'<div class="autofit-col autofit-col-expand"><span class="tct-homnay">{HEADER_DAY}</span></div>'
        '<div class="autofit-col">'
        + portlet("com_liferay_site_navigation_language_web_portlet_SiteNavigationLanguagePortlet", lang)
        + '</div><div class="autofit-col">'
        + portlet("com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch", search)
        + "</div></div></div></div>"
        '<header class="container-fluid-1280 tct-banner" id="banner" role="banner"><div class="navbar-header" id="heading">'
        f'<a class="logo custom-logo" href="/web/guest" title="Đi tới {SITE}">'
        f'<img alt="{SITE}" height="96" src="/image/layout_set_logo?img_id=35401&amp;t={T_CACHE}" width="96" /></a>'
        f'<div class="tct-tentruong"><span class="tct-cq">TỈNH ỦY NGHỆ AN</span><h1 class="site-title">{SITE.upper()}</h1>'
        "<span class=\"tct-kh\">Trung thành - Sáng tạo - Chuẩn mực - Hiệu quả</span></div></div></header>"
    )


def most_read_ids() -> list[int]:
    return [1, 7, 3, 11]


def sidebar() -> str:
    by_id = {s.id: s for s in STORIES}
    items = "".join(
        f'<li class="tct-xn-i"><a href="{detail_path(by_id[i])}">{esc(by_id[i].title)}</a> '
        f'<span class="text-secondary small">({dots(by_id[i].views())})</span></li>'
        for i in most_read_ids()
    )
    most = portlet(f"{AP}_INSTANCE_xM7nQ2wE5rTy", f'<ol class="tct-xemnhieu list-unstyled">{items}</ol>', "Tin xem nhiều")
    links = portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lkWeb01",
        '<div class="journal-content-article"><ul class="tct-lk list-unstyled">'
        '<li><a href="https://nghean.gov.vn" target="_blank">Cổng thông tin điện tử tỉnh Nghệ An</a></li>'
        '<li><a href="https://www.hcma.vn" target="_blank">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>'
        '<li><a href="https://baonghean.vn" target="_blank">Báo Nghệ An</a></li>'
        '<li><a href="https://www.tapchicongsan.org.vn" target="_blank">Tạp chí Cộng sản</a></li></ul></div>',
        "Liên kết website",
    )
    poll = portlet(
        "com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pl9Vt3",
        '<form action="/web/guest/trang-chu?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pl9Vt3&amp;p_p_lifecycle=1&amp;p_p_state=normal" method="post">'
        "<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử Nhà trường?</p>"
        '<div class="custom-control custom-radio"><label><input name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pl9Vt3_choiceId" type="radio" value="301" /> Rất đẹp, dễ sử dụng</label></div>'
        '<div class="custom-control custom-radio"><label><input name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pl9Vt3_choiceId" type="radio" value="302" /> Bình thường</label></div>'
        '<div class="custom-control custom-radio"><label><input name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pl9Vt3_choiceId" type="radio" value="303" /> Cần cải tiến</label></div>'
        '<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button></form>',
        "Thăm dò ý kiến",
    )
    counter = portlet(
        "tctvisitorcounter_WAR_tctvisitorcounterportlet",
        '<div class="tct-tk"><div>Đang online: <b>37</b></div><div>Hôm nay: <b>1.204</b></div>'
        "<div>Tháng này: <b>28.517</b></div><div>Tổng truy cập: <b>2.318.455</b></div></div>",
        "Thống kê truy cập",
    )
    return most + links + poll + counter


def footer() -> str:
    return (
        '<footer class="tct-footer" id="footer" role="contentinfo"><div class="container"><div class="row">'
        '<div class="col-md-8"><p class="tct-ft-tt"><strong>TRƯỜNG CHÍNH TRỊ TỈNH NGHỆ AN</strong></p>'
        "<p>Địa chỉ: Số 57, đường Hồ Tùng Mậu, phường Trường Vinh, tỉnh Nghệ An</p>"
        "<p>Điện thoại: 0238.3844.162 - Fax: 0238.3844.160 - Email: truongchinhtri@nghean.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: Hiệu trưởng Trần Đình Quý</p></div>"
        '<div class="col-md-4"><p>Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Nghệ An cấp ngày 12/4/2021.</p>'
        '<p>© 2026 Trường Chính trị tỉnh Nghệ An. Ghi rõ nguồn "Trường Chính trị tỉnh Nghệ An" khi phát hành lại thông tin từ website này.</p>'
        '<p><a href="https://www.facebook.com/truongchinhtringhean" rel="noopener" target="_blank">Facebook</a> · '
        '<a href="https://www.youtube.com/@truongchinhtringhean" rel="noopener" target="_blank">YouTube</a></p></div>'
        "</div></div></footer>"
    )


def page(
    request: Request,
    *,
    title: str,
    plid: int,
    active: str,
    trail: list[tuple[str, str | None]],
    main: str,
    canonical: str,
    description: str = "",
    side: bool = True,
    og_image: str | None = None,
) -> Response:
    base = base_url(request)
    canon = base + canonical
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    og_img = f'<meta property="og:image" content="{esc(base + og_image)}" />' if og_image else ""
    cols = (
        '<div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
        f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{main}</div></div>'
        '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">'
        f'<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{sidebar()}</div></div>'
        if side
        else '<div class="col-md-12 portlet-column portlet-column-only" id="column-1">'
        f'<div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-1">{main}</div></div>'
    )
    doc_ = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}
<link href="{THEME}/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="{esc(canon)}" rel="canonical" />
<link data-senna-track="temporary" href="{esc(canon)}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{esc(canon)}" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{esc(canon)}" />
{og_img}
<link class="lfr-css-file" data-senna-track="temporary" href="{THEME}/css/clay.css?browserId=chrome&amp;themeId=tctngheantheme_WAR_tctngheantheme&amp;minifierType=css&amp;languageId=vi_VN&amp;t={T_CACHE}" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="{THEME}/css/main.css?browserId=chrome&amp;themeId=tctngheantheme_WAR_tctngheantheme&amp;minifierType=css&amp;languageId=vi_VN&amp;t={T_CACHE}" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/o/frontend-js-web/liferay/global.bundle.js?browserId=chrome&amp;languageId=vi_VN&amp;t={T_CACHE}" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{getCompanyGroupId: function() {{return "20135";}}, getLanguageId: function() {{return "vi_VN";}}, getPlid: function() {{return "{plid}";}}, getScopeGroupId: function() {{return "{GROUP}";}}, getPathThemeImages: function() {{return "{THEME}/images";}}, isSignedIn: function() {{return false;}}}};
// ]]>
</script>
</head>
<body class="controls-visible chrome yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
{header()}
{nav(active)}
<section class="container" id="content">
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row"><div class="col-md-12 portlet-column" id="column-0">{breadcrumb(trail)}</div></div>
<div class="portlet-layout row">{cols}</div>
</div>
</section>
{footer()}
</div></div>
<script type="text/javascript">
// <![CDATA[
AUI().use("liferay-menu", "liferay-notice", "aui-base", function(A) {{ Liferay.Menu(); }});
document.querySelectorAll("img.tct-lazy").forEach(function(i) {{ i.src = i.getAttribute("data-src"); }});
// ]]>
</script>
</body>
</html>"""
    return html(doc_)


# --- cards and listings -----------------------------------------------------------------------


def card(story: Story, href: str, cols: str = "col-md-6") -> str:
    d = dmy(story.opts["dt"])
    return (
        f'<div class="{cols} tct-the-col"><div class="card card-type-asset tct-the">'
        f'<div class="aspect-ratio card-item-first"><a href="{esc(href)}">'
        f'<img alt="{esc(story.title)}" class="aspect-ratio-item-center-middle aspect-ratio-item-fluid" src="{esc(thumb(story))}" /></a></div>'
        '<div class="card-body"><div class="card-row"><div class="autofit-col autofit-col-expand"><section class="autofit-section">'
        f'<p class="card-subtitle" title="{d}"><span class="text-truncate-inline"><span class="text-truncate">{icon("calendar")} {d}</span></span></p>'
        f'<p class="card-title" title="{esc(story.title)}"><a class="text-truncate-inline" href="{esc(href)}">'
        f'<span class="text-truncate">{esc(story.title)}</span></a></p>'
        f'<div class="card-text tct-tomtat-the">{esc(abstract(story))}</div>'
        "</section></div></div></div></div></div>"
    )


def pagination(cat: Cat, cur: int) -> str:
    total = len(in_cat(cat.key))
    n = pages_of(cat)
    start = (cur - 1) * cat.delta + 1
    end = min(cur * cat.delta, total)

    def item(label: str, target: int | None, active: bool = False, disabled: bool = False) -> str:
        cls = "page-item" + (" active" if active else "") + (" disabled" if disabled else "")
        href = "javascript:;" if (target is None or active or disabled) else esc(listing_url(cat, target))
        return f'<li class="{cls}"><a class="page-link" href="{href}">{label}</a></li>'

    lis = [item(icon("angle-left"), cur - 1 if cur > 1 else None, disabled=cur == 1)]
    lis += [item(str(k), k, active=k == cur) for k in range(1, n + 1)]
    lis.append(item(icon("angle-right"), cur + 1 if cur < n else None, disabled=cur == n))
    return (
        '<div class="pagination-bar"><div class="pagination-results">'
        f"Hiển thị {start} - {end} của {total} kết quả.</div>"
        f'<ul class="pagination">{"".join(lis)}</ul></div>'
    )


def listing(request: Request, cat: Cat) -> Response:
    params = request.params
    cur_raw = params.get(f"_{cat.ns}_cur")
    try:
        cur = int(cur_raw) if cur_raw else 1
    except ValueError:
        cur = 1
    cur = min(max(cur, 1), pages_of(cat))
    # Liferay's currentURL; the theme's pagination prints every page in this one form
    current = listing_url(cat, cur) if cur_raw else listing_url(cat)
    cards = "".join(card(s, card_link(s, current)) for s in page_items(cat, cur))
    inner = (
        '<div class="tct-dsbv"><div class="row">' + cards + "</div></div>" + pagination(cat, cur)
    )
    main = portlet(cat.ns, inner, cat.bar, "portlet-asset-publisher")
    return page(
        request,
        title=f"{cat.name} - {SITE}",
        plid=cat.plid,
        active=listing_url(cat),
        trail=[("Trang chủ", "/web/guest/trang-chu"), (cat.name, None)],
        main=main,
        canonical=listing_url(cat),
        description=f"{cat.name} - {SITE}",
    )


def home(request: Request) -> Response:
    featured = sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)[:3]
    slides = "".join(
        f'<div class="carousel-item{" active" if k == 0 else ""}"><a href="{detail_path(s)}">'
        f'<img alt="{esc(s.title)}" class="d-block w-100" src="{esc(thumb(s))}" /></a>'
        f'<div class="carousel-caption"><a href="{detail_path(s)}">{esc(s.title)}</a></div></div>'
        for k, s in enumerate(featured)
    )
    main = portlet(
        f"{AP}_INSTANCE_hM1fT9cWq3Ds",
        f'<div class="carousel slide tct-noibat" data-ride="carousel" id="tctNoiBat"><div class="carousel-inner">{slides}</div></div>',
        "Tin nổi bật",
        "portlet-asset-publisher",
    )
    counts = {"tin-tuc": 4, "dao-tao-boi-duong": 3, "nghien-cuu-khoa-hoc": 2}
    home_inst = {"tin-tuc": "hN2gR7eYp4Jk", "dao-tao-boi-duong": "hP5kL8mZa1Cv", "nghien-cuu-khoa-hoc": "hQ3sW6xBn9Fu"}
    for key, cat in CATS.items():
        cards = "".join(card(s, detail_path(s)) for s in in_cat(key)[: counts[key]])
        more = f'<div class="text-right tct-xemtatca"><a href="{listing_url(cat)}">Xem tất cả »</a></div>'
        main += portlet(
            f"{AP}_INSTANCE_{home_inst[key]}",
            f'<div class="row">{cards}</div>{more}',
            cat.name,
            "portlet-asset-publisher",
        )
    return page(
        request,
        title=f"Trang chủ - {SITE}",
        plid=20127,
        active="/web/guest/trang-chu",
        trail=[("Trang chủ", None)],
        main=main,
        canonical="/web/guest/trang-chu",
        description="Cổng thông tin điện tử Trường Chính trị tỉnh Nghệ An",
    )


# --- article pages ----------------------------------------------------------------------------


def template_html(story: Story) -> str:
    body = render_blocks(story)
    views = dots(story.views())
    if story.opts["tpl"] == "cu":
        sapo = f'<div class="tomtat"><b>{_t(story, story.summary)}</b></div>' if story.summary else ""
        return (
            '<div class="baiviet">'
            f'<div class="ngaydang">Ngày đăng: {printed_date(story)}</div>'
            f"{sapo}"
            f'<div class="noidung">{body}</div>'
            f'<div class="luotxem">Lượt xem: {views}</div>'
            "</div>"
        )
    mod = datetime.fromisoformat(story.opts["mod"])
    parts = [
        '<div class="tct-ctn">',
        '<div class="tct-ctn-meta small text-secondary">',
        f'<span class="tct-mt-ud">Cập nhật lần cuối: {dmy(mod)} {mod:%H:%M}</span> ',
        f'<span class="tct-mt-ng">{icon("time")} {printed_date(story)}</span> ',
        f'<span class="tct-mt-lx">{icon("view")} Lượt xem: {views}</span>',
        "</div>",
    ]
    if story.summary and story.sapo_outside:
        parts.append(f'<div class="tct-ctn-sapo"><strong>{_t(story, story.summary)}</strong></div>')
    parts.append(f'<div class="tct-ctn-nd">{body}</div>')
    if story.opts.get("tg"):
        parts.append(f'<div class="tct-ctn-tg text-right"><b>Tác giả: {esc(story.opts["tg"])}</b></div>')
    if story.opts.get("attach"):
        name, folder, entry = story.opts["attach"]
        href = doc(folder, name, "2026-10-30T16:00")
        parts.append(
            '<div class="tct-ctn-dk"><span>Tài liệu đính kèm:</span> '
            f'<a href="{esc(href)}&amp;download=true">{icon("download")} {esc(name)}</a> '
            f'<a href="/web/guest/van-ban/-/document_library/{DL_INST}/view_file/{entry}">(Xem chi tiết)</a></div>'
        )
    if story.opts.get("tags"):
        parts.append(f'<div class="tct-tukhoa">Từ khóa: {esc(story.opts["tags"])}</div>')
    parts.append("</div>")
    return "".join(parts)


def journal(story: Story) -> str:
    return (
        f'<div class="journal-content-article" data-analytics-asset-id="{story.opts["art"]}" '
        f'data-analytics-asset-title="{esc(story.title)}" data-analytics-asset-type="web-content">'
        f"{template_html(story)}</div>"
    )


def author_row(story: Story) -> str:
    poster = story.opts["poster"]
    initials = "".join(w[0] for w in poster.split()[:2]).upper()
    return (
        '<div class="autofit-row metadata-author asset-details"><div class="asset-avatar autofit-col inline-item-before">'
        f'<span class="sticker sticker-circle sticker-light user-icon-color-4"><span class="inline-item">{esc(initials)}</span></span></div>'
        '<div class="autofit-col autofit-col-expand"><div class="text-truncate-inline">'
        f'<span class="text-truncate user-info">Người đăng: <strong>{esc(poster)}</strong></span></div>'
        f'<div class="text-truncate-inline"><span class="text-truncate">{dmy(story.opts["dt"])}</span></div></div></div>'
    )


def tools(story: Story, canon_abs: str) -> str:
    u = quote(canon_abs, safe="")
    pr = esc(print_path(story))
    return (
        '<div class="asset-ratings"><div class="taglib-ratings stars">'
        f'<span class="rating-label">Xếp hạng trung bình</span> <span class="rating-value">4,{story.id % 5 + 4} '
        f"({story.id % 7 + 3} phiếu bầu)</span></div></div>"
        '<div class="taglib-social-bookmarks"><ul class="list-inline">'
        f'<li class="list-inline-item"><a href="https://www.facebook.com/sharer/sharer.php?u={u}" rel="noopener" target="_blank">{icon("social-facebook")} Facebook</a></li>'
        f'<li class="list-inline-item"><a href="https://twitter.com/intent/tweet?url={u}" rel="noopener" target="_blank">{icon("twitter")} Twitter</a></li>'
        f'<li class="list-inline-item"><a href="javascript:void(0);" onclick="window.open(\'{pr}\', \'print\', \'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640\');">'
        f"{icon('print')} In bài viết</a></li></ul></div>"
    )


def related(story: Story) -> str:
    cat = CATS[story.cat]
    others = [s for s in page_items(cat, 1) if s is not story][:2]
    cards = "".join(card(s, friendly_path(s, raw=True)) for s in others)
    return portlet(
        f"{AP}_INSTANCE_{RELATED_INST}",
        f'<div class="row tct-cungchuyenmuc">{cards}</div>'
        f'<div class="text-right"><a href="{listing_url(cat)}">Xem thêm »</a></div>',
        "Tin cùng chuyên mục",
        "portlet-asset-publisher",
    )


def article_core(story: Story, back: str) -> str:
    return (
        '<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">'
        '<p class="component-title h4">'
        f'<a class="header-back-to icon-monospaced" href="{esc(back)}" title="Quay lại">{icon("angle-left")}</a> '
        f'<span class="asset-title d-inline">{esc(story.title)}</span></p>'
        f"{author_row(story)}"
        f'<div class="asset-content mb-3">{journal(story)}</div>'
        "</div>"
    )


def article(request: Request, story: Story, form: str) -> Response:
    cat = CATS[story.cat]
    params = request.params
    if form == "cat":
        canonical = cat_path(story)
        back = params.get(f"_{cat.ns}_redirect") or listing_url(cat)
        if not back.startswith("/"):
            back = listing_url(cat)
        if params.get("p_p_state") == "pop_up":
            return print_view(story)
        main = portlet(cat.ns, article_core(story, back) + tools(story, base_url(request) + canonical), cat.bar, "portlet-asset-publisher")
        trail = [("Trang chủ", "/web/guest/trang-chu"), (cat.name, listing_url(cat)), (story.title, None)]
        plid, active = cat.plid, listing_url(cat)
        page_name = cat.name
    elif form == "detail":
        canonical = detail_path(story)
        main = portlet(
            f"{AP}_INSTANCE_{DETAIL_INST}",
            article_core(story, "/web/guest/trang-chu") + tools(story, base_url(request) + canonical),
            "Chi tiết tin",
            "portlet-asset-publisher",
        )
        trail = [("Trang chủ", "/web/guest/trang-chu"), ("Tin chi tiết", "/web/guest/tin-chi-tiet"), (story.title, None)]
        plid, active, page_name = 20159, "", "Tin chi tiết"
    else:  # the Web Content friendly URL: a Web Content Display titled by the article
        canonical = friendly_path(story)
        main = portlet(
            "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_wcDsp7Hh2Kq",
            journal(story) + tools(story, base_url(request) + canonical),
            story.title,
            "portlet-journal-content",
        )
        trail = [("Trang chủ", "/web/guest/trang-chu")]
        plid, active, page_name = 20127, "", "Trang chủ"
    main += related(story)
    imgs = story.images
    return page(
        request,
        title=f"{story.title} - {page_name} - {SITE}",
        plid=plid,
        active=active,
        trail=trail,
        main=main,
        canonical=canonical,
        description=story.summary or "",
        og_image=imgs[0].src if imgs else None,
    )


def print_view(story: Story) -> Response:
    body = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(story.title)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{THEME}/css/main.css?t={T_CACHE}" rel="stylesheet" type="text/css" /></head>
<body class="portal-popup"><div class="portlet-body">
<div class="asset-full-content print-asset"><p class="component-title h4"><span class="asset-title d-inline">{esc(story.title)}</span></p>
<div class="asset-content">{journal(story)}</div></div>
<script type="text/javascript">window.print();</script></div></body></html>"""
    return html(body)


# --- other pages ------------------------------------------------------------------------------

HISTORY_SLUG = "lich-su-hinh-thanh-va-phat-trien"
VIDEO_SLUG = "phim-tu-lieu-truong-chinh-tri-tinh-nghe-an-75-nam-xay-dung-va-truong-thanh"
DOCS = {
    45871: ("TB-215-TCT-tuyen-sinh-CCLLCT-2027.pdf", 45870, "Thông báo số 215-TB/TCT về tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027", "30/10/2026"),
    45902: ("KH-198-TCT-boi-duong-2027.pdf", 45870, "Kế hoạch số 198-KH/TCT về đào tạo, bồi dưỡng cán bộ năm 2027", "12/10/2026"),
}


def simple(request: Request, title: str, plid: int, active: str, trail, inner: str, canonical: str, bar: str | None) -> Response:
    main = portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_pg" + str(plid), inner, bar)
    return page(request, title=f"{title} - {SITE}", plid=plid, active=active, trail=trail, main=main, canonical=canonical)


def intro(request: Request) -> Response:
    inner = (
        '<div class="journal-content-article"><div class="tct-gt">'
        "<p>Trường Chính trị tỉnh Nghệ An là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy, Ủy ban nhân dân tỉnh, "
        "chịu sự chỉ đạo, hướng dẫn về chuyên môn, nghiệp vụ của Học viện Chính trị quốc gia Hồ Chí Minh.</p>"
        "<p><strong>Chức năng:</strong> Tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh về công tác đào tạo, bồi dưỡng "
        "cán bộ, công chức, viên chức; tổ chức đào tạo, bồi dưỡng lý luận chính trị, chuyên môn, nghiệp vụ cho "
        "đội ngũ cán bộ của hệ thống chính trị ở địa phương.</p>"
        "<p><strong>Cơ cấu tổ chức:</strong> Ban Giám hiệu; 3 phòng chức năng (Tổ chức - Hành chính, Quản lý đào tạo, "
        "Quản lý khoa học và Thông tin tư liệu) và 4 khoa chuyên môn (Lý luận cơ sở, Xây dựng Đảng, Nhà nước và "
        "Pháp luật, Dân vận).</p>"
        f'<p><a href="/-/{HISTORY_SLUG}">Xem thêm: Lịch sử hình thành và phát triển</a></p>'
        "</div></div>"
    )
    return simple(request, "Giới thiệu", 20131, "/web/guest/gioi-thieu",
                  [("Trang chủ", "/web/guest/trang-chu"), ("Giới thiệu", None)], inner, "/web/guest/gioi-thieu", "Giới thiệu chung")


def history(request: Request) -> Response:
    inner = (
        '<div class="journal-content-article" data-analytics-asset-id="20377" data-analytics-asset-title="Lịch sử hình thành và phát triển" data-analytics-asset-type="web-content">'
        "<p>Tiền thân của Trường Chính trị tỉnh Nghệ An là Trường Đảng tỉnh Nghệ An, được thành lập năm 1951 "
        "trong những năm kháng chiến chống thực dân Pháp.</p>"
        "<p>Qua các thời kỳ, Trường mang các tên gọi: Trường Đảng tỉnh Nghệ An, Trường Đảng tỉnh Nghệ Tĩnh, "
        "Trường Chính trị Nghệ Tĩnh và từ năm 1991 đến nay là Trường Chính trị tỉnh Nghệ An.</p>"
        "<p>Trải qua 75 năm xây dựng và trưởng thành, Nhà trường đã đào tạo, bồi dưỡng hàng trăm nghìn lượt cán "
        "bộ, được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, Huân chương Độc lập hạng Ba.</p>"
        "</div>"
    )
    return simple(request, "Lịch sử hình thành và phát triển", 20127, "/web/guest/gioi-thieu",
                  [("Trang chủ", "/web/guest/trang-chu")], inner, f"/-/{HISTORY_SLUG}", "Lịch sử hình thành và phát triển")


def contact(request: Request) -> Response:
    inner = (
        '<div class="journal-content-article"><div class="tct-lienhe">'
        f"<p><strong>{SITE.upper()}</strong></p>"
        "<p>Địa chỉ: Số 57, đường Hồ Tùng Mậu, phường Trường Vinh, tỉnh Nghệ An</p>"
        "<p>Văn phòng: 0238.3844.162 - Phòng Quản lý đào tạo: 0238.3844.175</p>"
        '<p>Email: <a href="mailto:truongchinhtri@nghean.gov.vn">truongchinhtri@nghean.gov.vn</a></p>'
        "</div></div>"
        '<form action="/web/guest/lien-he?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_ctF1&amp;p_p_lifecycle=1" method="post">'
        '<div class="form-group"><label>Họ và tên</label><input class="form-control" name="hoTen" type="text" /></div>'
        '<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="noiDung"></textarea></div>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form>'
    )
    return simple(request, "Liên hệ", 20155, "/web/guest/gioi-thieu",
                  [("Trang chủ", "/web/guest/trang-chu"), ("Giới thiệu", "/web/guest/gioi-thieu"), ("Liên hệ", None)],
                  inner, "/web/guest/lien-he", "Thông tin liên hệ")


def doc_view_path(entry: int) -> str:
    return f"/web/guest/van-ban/-/document_library/{DL_INST}/view_file/{entry}"


def documents(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="{doc_view_path(e)}">{esc(t)}</a></td><td>{d}</td>'
        f'<td><a href="{esc(doc(f, n, "2026-10-30T16:00"))}&amp;download=true">Tải về</a></td></tr>'
        for e, (n, f, t, d) in DOCS.items()
    )
    inner = (
        '<table class="table table-autofit table-list show-quick-actions-on-hover"><thead><tr>'
        "<th>Tên văn bản</th><th>Ngày ban hành</th><th></th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    main = portlet(f"com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_INST}", inner, "Văn bản - Thông báo")
    return page(request, title=f"Văn bản - {SITE}", plid=20147, active="/web/guest/van-ban",
                trail=[("Trang chủ", "/web/guest/trang-chu"), ("Văn bản", None)], main=main, canonical="/web/guest/van-ban")


def doc_view(request: Request, entry: int) -> Response:
    name, folder, title, day = DOCS[entry]
    href = doc(folder, name, "2026-10-30T16:00")
    inner = (
        f'<div class="document-library-file-entry"><h3 class="sheet-title">{esc(title)}</h3>'
        f'<dl class="tct-vb"><dt>Tên tệp</dt><dd>{esc(name)}</dd><dt>Ngày ban hành</dt><dd>{day}</dd>'
        "<dt>Kích thước</dt><dd>248 KB</dd><dt>Phiên bản</dt><dd>1.0</dd></dl>"
        f'<a class="btn btn-primary" href="{esc(href)}&amp;download=true">{icon("download")} Tải về (248 KB)</a>'
        '<div class="lfr-preview-file">Không có bản xem trước cho tệp này.</div></div>'
    )
    main = portlet(f"com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL_INST}", inner, "Văn bản - Thông báo")
    return page(request, title=f"{name} - Văn bản - {SITE}", plid=20147, active="/web/guest/van-ban",
                trail=[("Trang chủ", "/web/guest/trang-chu"), ("Văn bản", "/web/guest/van-ban"), (name, None)],
                main=main, canonical=doc_view_path(entry))


def video_path() -> str:
    return f"/web/guest/video/-/asset_publisher/{VIDEO_INST}/content/{VIDEO_SLUG}"


def videos(request: Request) -> Response:
    href = video_path()
    inner = (
        '<div class="row"><div class="col-md-6"><div class="card card-type-asset">'
        f'<a href="{href}"><img alt="" src="{esc(doc(38802, "video-75-nam.jpg", "2026-09-30T10:00"))}&amp;imageThumbnail=1" /></a>'
        f'<div class="card-body"><p class="card-title"><a href="{href}">Phim tư liệu: Trường Chính trị tỉnh Nghệ An - 75 năm xây dựng và trưởng thành</a></p>'
        '<p class="card-subtitle">30/09/2026</p></div></div></div></div>'
    )
    main = portlet(f"{AP}_INSTANCE_{VIDEO_INST}", inner, "Video", "portlet-asset-publisher")
    return page(request, title=f"Video - {SITE}", plid=20151, active="/web/guest/video",
                trail=[("Trang chủ", "/web/guest/trang-chu"), ("Thư viện", None), ("Video", None)], main=main,
                canonical="/web/guest/video")


def video(request: Request) -> Response:
    inner = (
        '<div class="asset-full-content clearfix mb-5 show-asset-title"><p class="component-title h4">'
        f'<a class="header-back-to icon-monospaced" href="/web/guest/video">{icon("angle-left")}</a> '
        '<span class="asset-title d-inline">Phim tư liệu: Trường Chính trị tỉnh Nghệ An - 75 năm xây dựng và trưởng thành</span></p>'
        '<div class="asset-content"><div class="journal-content-article">'
        '<div class="tct-ctn-meta small">30/09/2026 | Lượt xem: 3.412</div>'
        '<div class="embed-responsive embed-responsive-16by9"><iframe allowfullscreen="" class="embed-responsive-item" '
        'src="https://www.youtube.com/embed/Xq7tCtNa75y" title="Phim tư liệu"></iframe></div>'
        "<p><em>Phim do Nhà trường phối hợp với Đài Phát thanh và Truyền hình Nghệ An thực hiện.</em></p>"
        "</div></div></div>"
    )
    main = portlet(f"{AP}_INSTANCE_{VIDEO_INST}", inner, "Video", "portlet-asset-publisher")
    return page(request, title=f"Phim tư liệu 75 năm - Video - {SITE}", plid=20151, active="/web/guest/video",
                trail=[("Trang chủ", "/web/guest/trang-chu"), ("Thư viện", None), ("Video", "/web/guest/video")],
                main=main, canonical=video_path())


def detail_layout(request: Request) -> Response:
    main = portlet(f"{AP}_INSTANCE_{DETAIL_INST}", '<div class="alert alert-info">Không có kết quả.</div>', "Chi tiết tin")
    return page(request, title=f"Tin chi tiết - {SITE}", plid=20159, active="",
                trail=[("Trang chủ", "/web/guest/trang-chu"), ("Tin chi tiết", None)], main=main,
                canonical="/web/guest/tin-chi-tiet")


def search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        inner = '<div class="alert alert-info">Vui lòng nhập từ khóa tìm kiếm.</div>'
    else:
        inner = f'<p class="search-total-label">Không tìm thấy kết quả nào cho "{esc(q)}".</p>'
    main = portlet("com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet_INSTANCE_sr01", inner, "Kết quả tìm kiếm")
    return page(request, title=f"Tìm kiếm - {SITE}", plid=20163, active="",
                trail=[("Trang chủ", "/web/guest/trang-chu"), ("Tìm kiếm", None)], main=main, canonical="/web/guest/search")


def english(request: Request) -> Response:
    body = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="en-US"><head><title>Home - Nghe An Provincial Political School</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{esc(base_url(request))}/en/web/guest/trang-chu" rel="canonical" /></head>
<body class="controls-visible guest-site signed-out public-page site">
<div class="tct-topbar"><a href="/c/portal/update_language?p_l_id=20127&amp;redirect=%2Fweb%2Fguest%2Ftrang-chu&amp;languageId=vi_VN">Tiếng Việt</a> | <span>English</span></div>
<header id="banner"><h1 class="site-title">NGHE AN PROVINCIAL POLITICAL SCHOOL</h1></header>
<section id="content"><div class="journal-content-article">
<p>Nghe An Provincial Political School trains and retrains cadres of the political system of Nghe An province
in political theory, state management and leadership skills.</p>
<p>Address: 57 Ho Tung Mau Street, Truong Vinh Ward, Nghe An Province. Tel: (+84) 238 3844 162.</p>
</div></section>
<footer id="footer"><p>© 2026 Nghe An Provincial Political School</p></footer>
</body></html>"""
    return html(body)


def document_file(path: str) -> Response | None:
    parts = path.split("/")
    # /documents/<group>/<folder>/<title>/<uuid>
    if len(parts) != 6 or parts[2] != str(GROUP):
        return None
    name = parts[4].lower()
    if name.endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    return static_file(name)


# --- the site -----------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unicodedata.normalize("NFC", unquote(request.path))
        if path in ("/", ""):
            return redirect("/web/guest/trang-chu")
        if path in ("/web/guest", "/web/guest/", "/web/guest/trang-chu"):
            return home(request)
        if path.startswith("/documents/"):
            return document_file(path)
        if path.startswith(("/o/", "/combo")):
            if path.endswith(".svg"):
                svg = b'<svg xmlns="http://www.w3.org/2000/svg"><symbol id="angle-left"/></svg>'
                return Response(200, svg, {"Content-Type": "image/svg+xml"})
            resp = static_file(path)
            if resp is None and path.startswith("/combo"):
                return Response(200, b"/* combo */", {"Content-Type": "application/javascript"})
            return resp
        if path == "/image/layout_set_logo":
            return static_file("logo.png")
        if path == "/c/portal/update_language":
            lang = request.params.get("languageId", "vi_VN")
            return redirect("/en/web/guest/trang-chu" if lang == "en_US" else "/web/guest/trang-chu")
        if path == "/en/web/guest/trang-chu":
            return english(request)
        if path.startswith("/-/"):
            slug = path[3:]
            if slug == HISTORY_SLUG:
                return history(request)
            story = BY_SLUG.get(slug)
            return article(request, story, "friendly") if story else None
        if not path.startswith("/web/guest/"):
            return None
        rest = path[len("/web/guest/") :]
        if rest in CATS:
            return listing(request, CATS[rest])
        simple_pages = {
            "gioi-thieu": intro,
            "lien-he": contact,
            "van-ban": documents,
            "video": videos,
            "tin-chi-tiet": detail_layout,
            "search": search,
        }
        if rest in simple_pages:
            return simple_pages[rest](request)
        segs = rest.split("/")
        if len(segs) == 6 and segs[1:3] == ["-", "asset_publisher"] and segs[4] == "content":
            page_key, inst, slug = segs[0], segs[3], segs[5]
            if page_key == "video" and inst == VIDEO_INST and slug == VIDEO_SLUG:
                return video(request)
            story = BY_SLUG.get(slug)
            if story is None:
                return None
            if page_key == story.cat and inst == CATS[story.cat].inst:
                return article(request, story, "cat")
            if page_key == "tin-chi-tiet" and inst == DETAIL_INST:
                return article(request, story, "detail")
            return None
        if (
            len(segs) == 6
            and segs[:3] == ["van-ban", "-", "document_library"]
            and segs[3] == DL_INST
            and segs[4] == "view_file"
            and segs[5].isdigit()
            and int(segs[5]) in DOCS
        ):
            return doc_view(request, int(segs[5]))
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------

GOLD = [
    gold_record(s, cat_path(s), CATS[s.cat].name, canonical_path=cat_path(s), alt_paths=alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/web/guest/gioi-thieu",
    f"/-/{HISTORY_SLUG}",
    "/web/guest/lien-he",
    doc_view_path(45871),
    doc_view_path(45902),
    video_path(),
    "/en/web/guest/trang-chu",
]

