"""Liferay 7.0 CE portal of Phòng Giáo dục và Đào tạo huyện Tiên Du (Bắc Ninh): one page per article.

Platform
    Liferay Portal 7.0 CE GA (Tomcat bundle) with a site theme "pgdbacninh-theme" built on the
    classic 7.0 theme: ``#wrapper > #banner / #navigation / #content / #footer``, portlets in
    ``portlet-boundary`` / ``section.portlet`` / ``portlet-body`` wrappers with their long
    namespaced ids (``p_p_id_com_liferay_…_INSTANCE_x4Kq…_``), absolute URLs everywhere, the
    ``Liferay.currentURL`` script with ``\\x2f`` escapes. The site builder made one page (layout)
    per news item under a "Tin tức" page tree and put a Web Content Display (WCD) on it; the
    parent pages carry Asset Publisher (AP) lists.

URL scheme
    ``/`` -> 302 ``/web/pgd-tiendu`` (home; also served as ``/web/pgd-tiendu/trang-chu``).
    ``/web/pgd-tiendu/tin-tuc`` the AP of all news (5 a page, lexicon pager with page numbers,
    ``?p_p_id=…AssetPublisherPortlet_INSTANCE_Tq3mKx9bLp2R&…&_<ns>_cur=N``).
    ``/web/pgd-tiendu/tin-tuc/<section>`` three section pages, each an AP filtered by category
    (3 a page, the simple "Đầu tiên / Trước / Tiếp theo / Cuối cùng" pager).
    ``/web/pgd-tiendu/tin-tuc/<page-friendly-url>`` one page per article (WCD) -- CANONICAL.
    ``/web/pgd-tiendu/-/<url-title>`` the article's display-page link, which every AP prints
    (JournalArticle friendly URL, rendered in the display page's maximized default AP).
    ``/web/pgd-tiendu/tin-tuc/-/asset_publisher/Tq3mKx9bLp2R/document/id/41876`` a Documents and
    Media entry shown by the news AP. ``/documents/20143/<folder>/<file>/<uuid>?t=…`` and
    ``/image/journal/article?img_id=…&t=…`` images and files. ``/c/portal/login`` sign-in.

Page templates
    home (AP "Tin mới" + a hand-made WCD "Tin nổi bật" linking article PAGES), the news AP
    (abstracts), section APs (the builder's ADT "Danh sách tin"), article page (WCD in column-1,
    AP "Tin mới cập nhật" + links + counter in column-2), the /-/ display view (AP
    ``asset-full-content`` with a taglib-header, ratings, related assets, the creator's account),
    the print pop-up (``p_p_state=pop_up&…_viewMode=print``), WCD pages of intro/leaders/contact,
    Documents and Media list, media gallery, document entry.
    Two journal templates: "TIN BÀI PGĐ 2019" (``tbpgd-*`` classes: kicker, h1, date line
    "Thứ Năm, 03/12/2026 - 14:30", optional "tóm tắt" box, tools, content) and the older
    "TIN_BAI_CU" (``ndo-*`` divs, no heading tag, raw reserved display date).

How each gold article is reached (newest first; D = the document entry in the news AP)
    news AP  p1: 1 2 D 3 4 | p2: 5 6 7 8 9 | p3: 10 11 12 13
    Hoạt động của Phòng   p1: 1 4 5 | p2: 9 12
    Giáo dục Mầm non      p1: 3 7 10 | p2: 13
    Giáo dục Tiểu học - THCS p1: 2 6 8 | p2: 11
    "Tin mới" (home, every article page's sidebar): 1-5 (/-/ links); home "Tin nổi bật": pages of
    1 2 3; related assets: 5 -> 1, 12 -> 5. So 9, 11, 12, 13 are reached only through page 2+
    of a listing. Every AP links the /-/ form; the canonical page is linked by the breadcrumb
    (last crumb) and the back arrow of the /-/ view, by its own rel=canonical, and (1-3) by the
    home page.

Traps (each with the gold it implies)
    1. Two URLs per article with different slugs: the page ``/tin-tuc/<page-friendly-url>``
       (WCD) and the display link ``/-/<url-title>`` (AP full content, other markup around the
       same template output: taglib-header h3, asset ratings, related assets, "metadata-author"
       = the CMS account). No AP links the page. Every view prints rel=canonical to the page
       (the theme builds it from the layout). Gold: path = canonical_path = the page; the /-/
       form (as printed, ``%C4%91`` for đ in three url-titles) in alt_paths.
    2. Page name != headline: ``<title>``, the breadcrumb's last crumb and the WCD portlet title
       print the page's short name set by the site builder ("Kiểm tra chuẩn bị thi HSG lớp 9");
       the headline is only in the journal template (in the old template a plain div, so the
       page's only heading is the page name). On the /-/ view the breadcrumb runs section › page
       name › headline, so "the crumb before the last" is the page name there. Gold title: the
       template's headline; category: the section.
    3. Kicker above the headline (``p.tbpgd-titphu`` "CHUYÊN ĐỀ CẤP HUYỆN") and a font-size /
       view-count toolbar between date and text. Gold: neither is title nor body.
    4. The older template prints the reserved display date raw, in English RFC-822 form and in
       GMT: "Thu, 19 Nov 2026 23:15:00 +0000" is 06:15 on 20 Nov in Tiên Du (the day changes).
       Gold: the instant in +07:00 ("2026-11-20T06:15:00+07:00"). The new template prints
       "Thứ Năm, 08/10/2026 - 00:00" for one article: midnight, so the day alone.
    5. Listings print the asset's MODIFIED date in Java's short vi_VN form ("04/12/26") and the
       abstract is the article's description (or its text cut at 200 characters), which the
       article page does not print as such (except in the new template's tóm tắt box for 1, 13). Gold: published_at from the article's own
       date line; summary null unless the page prints a sapo (own box, or bold lead for 3, 6).
    6. WCD page break: article 5 is split by the WCD's page iterator into two pages
       (``…&_<wcd>_page=2``; page 2 links back with ``_page=1``). Gold: ONE record whose body
       and images run over both pages; both page URLs are alt_paths. The /-/ view prints the
       whole text on one page.
    7. The news AP mixes in a Documents and Media entry ("Lịch công tác tuần 49 …") printed
       exactly like a news abstract. Gold: not an article (in NON_ARTICLES).
    8. Soft 404 in the article URL shape: the hidden page ``/tin-tuc/thong-bao-lich-tiep-cong-dan``
       (linked from the home page) answers 200 with "Nội dung được chọn không còn tồn tại." in its
       WCD. Gold: not an article (NON_ARTICLES).
    9. Section pages share the article URL shape (``/tin-tuc/giao-duc-mam-non``). Gold: listings.
    10. Images without a file extension at the end of the path (Documents and Media
        ``/documents/20143/41502/<file>.jpg/<uuid>?t=…``) and ``/image/journal/article?img_id=…
        &amp;t=…``; the gold image path keeps the query. The PDF icon of an attachment line and
        the AP's small images are not photos.
    11. Captions typed in a one-column table under the photo (articles 2, 7, 10), while article 8
        has a real result table. Gold: caption table -> image caption, not body; the data table's
        rows are body paragraphs, cells joined by " | ".
    12. Widgets inside the WCD's portlet body after the text: star ratings, "Nội dung liên quan",
        social bookmarks, a discussion with a parent's comment; the print link exists only in a
        ``window.open('\\x2fweb…')`` of an aui script. Gold: none of it is body; the print pop-up
        URL is an alt_path.
    13. CKEditor's Latin-1 named entities mixed with raw UTF-8 (``Ph&ograve;ng Gi&aacute;o dục``)
        in articles 4, 6 and 12. Gold: decoded, NFC text.
    14. Bylines as printed at the end: a unit alone (right-aligned), "Tin, ảnh: X (Trường …)",
        "ThS. X - Chuyên viên …", "Tin: X - Ảnh: Y", a photo credit "Ảnh: X" under a photo,
        "BBT", "Theo Cổng TTĐT huyện Tiên Du", "Nguồn: Ban Tổ chức …". Gold per the house rules.

Gold decisions on ambiguous points
    - Canonical: the article's own page (the layout the builder made and that all views name in
      rel=canonical), not the JournalArticle friendly URL, although every list links the latter.
    - Article 5 over two WCD pages is one article; the body joins both pages in order.
    - A structure image field printed above the text (article 13) is the article's photo.
    - "Văn phòng Phòng GD&ĐT" / "Tổ Giáo dục Mầm non" signing alone are the authors as printed.
    - The AP "metadata-author" (the Liferay account "Quản Trị PGD") is nobody.
    - category: the section page under which the article page sits, as the breadcrumb prints it.
"""

from __future__ import annotations

import contextlib
import hashlib
from html.entities import codepoint2name
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay70_journal_display_pgd"
PLATFORM = "Liferay Portal 7.0 CE (Web Content Display per page, Asset Publisher lists)"
START_PATH = "/"

SITE = "/web/pgd-tiendu"
SITE_NAME = "Phòng GD&ĐT Tiên Du"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
WCD = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_"
NEWS_AP = "Tq3mKx9bLp2R"
DEFAULT_AP = AP + "0000"
DOC_PATH = f"{SITE}/tin-tuc/-/asset_publisher/{NEWS_AP}/document/id/41876"
DEAD_PATH = f"{SITE}/tin-tuc/thong-bao-lich-tiep-cong-dan"

#: (friendly URL, name as the menu and breadcrumb print it, AP instance of its list)
SECTIONS = [
    ("hoat-dong-cua-phong", "Hoạt động của Phòng", "Kp2VwX7rLm4A"),
    ("giao-duc-mam-non", "Giáo dục Mầm non", "Bn8QsT3yHc6D"),
    ("giao-duc-tieu-hoc-thcs", "Giáo dục Tiểu học - THCS", "Rf5JzE9uWq1G"),
]
SECTION_NAME = {key: name for key, name, _ in SECTIONS}
BREAK = Raw('<div style="page-break-after: always"><span style="display: none;">&nbsp;</span></div>')


def _uuid(seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _inst(seed: str) -> str:
    """A portlet instance id as Liferay makes them (12 letters and digits)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    digest = hashlib.sha1(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:12])


def dm(folder: int, name: str, t: int) -> str:
    """A Documents and Media URL: the file name is not the end of the path."""
    return f"/documents/20143/{folder}/{name}/{_uuid(name)}?t={t}"


def jimg(img_id: int, t: int) -> str:
    """A journal structure image (``/image/journal/article``)."""
    return f"/image/journal/article?img_id={img_id}&t={t}"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the thirteen articles ----------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1, "hoi-nghi-cbccvc-2026-2027",
        "Phòng GD&ĐT Tiên Du tổ chức Hội nghị cán bộ, công chức, viên chức năm học 2026-2027",
        "hoat-dong-cua-phong", "2026-12-03T14:30:00+07:00",
        [
            P("Dự hội nghị có đồng chí Nguyễn Văn Tuấn, Phó Chủ tịch UBND huyện; đại diện Công đoàn "
              "ngành Giáo dục huyện cùng toàn thể cán bộ, công chức, viên chức của Phòng."),
            P("Tại hội nghị, đồng chí Trưởng phòng Nguyễn Đức Thắng trình bày báo cáo tổng kết năm học "
              "2025-2026. Năm học vừa qua, toàn huyện có 100% trường học duy trì đạt chuẩn quốc gia, "
              "chất lượng giáo dục mũi nhọn tiếp tục đứng trong tốp đầu của tỉnh với 86 giải học sinh "
              "giỏi cấp tỉnh."),
            Img(dm(41502, "hoi-nghi-cbccvc-1.jpg", 1764745200000),
                "Đồng chí Nguyễn Đức Thắng, Trưởng phòng GD&ĐT phát biểu tại hội nghị.",
                "Đồng chí Nguyễn Đức Thắng, Trưởng phòng GD&ĐT phát biểu tại hội nghị.", "p_em"),
            P("Những nhiệm vụ trọng tâm năm học 2026-2027", "h"),
            P("Tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp;", "li"),
            P("Đẩy mạnh chuyển đổi số, hoàn thiện cơ sở dữ liệu ngành và hồ sơ điện tử của học sinh;", "li"),
            P("Nâng cao chất lượng đội ngũ, chú trọng bồi dưỡng giáo viên cốt cán.", "li"),
            P("Hội nghị đã thảo luận, thông qua quy chế làm việc, quy chế chi tiêu nội bộ và bầu Ban "
              "Thanh tra nhân dân nhiệm kỳ 2026-2027. Các ý kiến đóng góp tập trung vào công tác cải "
              "cách hành chính và nâng cao hiệu quả giải quyết công việc."),
            Img(dm(41502, "hoi-nghi-cbccvc-2.jpg", 1764745260000),
                "(Các đại biểu biểu quyết thông qua Nghị quyết hội nghị)",
                "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị", "p_em"),
            P("Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND huyện ghi nhận những kết quả ngành Giáo "
              "dục đạt được, đề nghị Phòng tiếp tục tham mưu hiệu quả cho huyện trong việc sắp xếp "
              "mạng lưới trường lớp và đầu tư cơ sở vật chất."),
            _right("<strong>Văn phòng Phòng GD&amp;ĐT</strong>"),
        ],
        authors=["Văn phòng Phòng GD&ĐT"],
        summary="Chiều ngày 02/12/2026, Phòng Giáo dục và Đào tạo huyện Tiên Du tổ chức Hội nghị cán "
                "bộ, công chức, viên chức năm học 2026-2027 nhằm đánh giá kết quả thực hiện nhiệm vụ "
                "năm học trước và bàn giải pháp cho năm học mới.",
        sapo_outside=True,
        opts={
            "url_title": "hoi-nghi-can-bo-cong-chuc-vien-chuc-phong-gd%C4%91t-nam-hoc-2026-2027",
            "page_name": "Hội nghị CBCCVC năm học 2026-2027", "tpl": "moi",
            "date_line": "Thứ Năm, 03/12/2026 - 14:30", "modified": "04/12/26", "thumb": 41510,
            "comments": [],
        },
    ),
    Story(
        2, "chuyen-de-stem-thcs-lim",
        "Trường THCS Lim tổ chức chuyên đề dạy học STEM môn Khoa học tự nhiên",
        "giao-duc-tieu-hoc-thcs", "2026-12-01",
        [
            P("Sáng ngày 28/11/2026, tại Trường THCS Lim, Phòng GD&ĐT Tiên Du tổ chức chuyên đề cấp "
              "huyện “Dạy học theo định hướng giáo dục STEM trong môn Khoa học tự nhiên lớp 8”."),
            P("Tham dự chuyên đề có lãnh đạo Phòng GD&ĐT, chuyên viên phụ trách cấp THCS và hơn 60 "
              "giáo viên dạy môn Khoa học tự nhiên đến từ 16 trường THCS trong huyện."),
            Img(dm(41520, "stem-thcs-lim-1.jpg", 1764572400000),
                "Tiết dạy minh họa của cô giáo Trần Thị Mai Anh với lớp 8A.",
                "Tiết dạy minh họa của cô giáo Trần Thị Mai Anh với lớp 8A.", "table"),
            P("Tiết dạy minh họa bài “Chế tạo bình lọc nước đơn giản” được cô giáo Trần Thị Mai Anh "
              "thiết kế theo quy trình kỹ thuật: xác định vấn đề, nghiên cứu kiến thức nền, đề xuất "
              "giải pháp, chế tạo mẫu và thử nghiệm. Học sinh làm việc theo nhóm, tự tay lắp ráp bình "
              "lọc từ chai nhựa, cát, sỏi và than hoạt tính."),
            Img(dm(41520, "stem-thcs-lim-2.jpg", 1764572460000),
                "Học sinh lớp 8A trình bày sản phẩm bình lọc nước.",
                "Học sinh lớp 8A trình bày sản phẩm bình lọc nước.", "table"),
            P("Ở phần thảo luận, các thầy cô đã chia sẻ kinh nghiệm lựa chọn chủ đề STEM phù hợp với "
              "điều kiện cơ sở vật chất của từng nhà trường, cách đánh giá năng lực học sinh qua sản "
              "phẩm và qua quá trình làm việc nhóm."),
            P("Kết luận chuyên đề, đồng chí Phó Trưởng phòng Lê Thị Thanh Huyền đề nghị các trường xây "
              "dựng kế hoạch dạy học STEM ngay từ đầu học kỳ, mỗi tổ chuyên môn thực hiện ít nhất hai "
              "chủ đề trong năm học."),
            _right("<em>Tin, ảnh: Nguyễn Thị Thu Hà (Trường THCS Lim)</em>"),
        ],
        authors=["Nguyễn Thị Thu Hà"], photographers=["Nguyễn Thị Thu Hà"],
        opts={
            "url_title": "truong-thcs-lim-to-chuc-chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien",
            "page_name": "Chuyên đề STEM - THCS Lim", "tpl": "moi", "kicker": "CHUYÊN ĐỀ CẤP HUYỆN",
            "date_line": "Thứ Ba, 01/12/2026", "modified": "02/12/26", "thumb": 41524,
            "desc": "Chuyên đề thu hút hơn 60 giáo viên Khoa học tự nhiên của 16 trường THCS trong huyện.",
        },
    ),
    Story(
        3, "hoi-thi-be-khoe-be-ngoan",
        "Hội thi “Bé khỏe – Bé ngoan” cấp huyện năm học 2026-2027",
        "giao-duc-mam-non", "2026-11-27T09:00:00+07:00",
        [
            P("Trong hai ngày 25 và 26/11/2026, Phòng GD&ĐT huyện Tiên Du tổ chức Hội thi “Bé khỏe – "
              "Bé ngoan” cấp huyện dành cho trẻ mẫu giáo 5-6 tuổi với sự tham gia của 17 đội thi đến "
              "từ các trường mầm non trong huyện.", "b"),
            P("Hội thi gồm ba phần: chào hỏi, vận động thể chất và năng khiếu. Ở phần vận động, các bé "
              "thi bật xa, ném bóng trúng đích, bò chui qua cổng và chạy tiếp sức; phần năng khiếu các "
              "đội mang đến những tiết mục múa hát, đọc thơ về quê hương Kinh Bắc."),
            Img(dm(41540, "be-khoe-be-ngoan-1.jpg", 1764208800000),
                "Màn chào hỏi của đội Trường Mầm non Hoàn Sơn.",
                "Màn chào hỏi của đội Trường Mầm non Hoàn Sơn.", "p_em"),
            P("Bên cạnh đánh giá kỹ năng vận động, ban giám khảo đặc biệt chú ý tới sự mạnh dạn, tự "
              "tin và tinh thần hợp tác của trẻ khi tham gia các nội dung tập thể."),
            Img(dm(41540, "be-khoe-be-ngoan-2.jpg", 1764208860000), "Ảnh: Hoàng Minh Đức", None, "p_em"),
            Img(dm(41540, "be-khoe-be-ngoan-3.jpg", 1764208920000),
                "Các bé đội Trường Mầm non Việt Đoàn thi chạy tiếp sức.",
                "Các bé đội Trường Mầm non Việt Đoàn thi chạy tiếp sức.", "p_em"),
            P("Kết quả, Ban tổ chức trao 3 giải Nhất cho các trường Mầm non Hoàn Sơn, Mầm non Lim và "
              "Mầm non Việt Đoàn; 5 giải Nhì, 6 giải Ba và 3 giải Khuyến khích."),
            Raw("<p>&nbsp;</p>"),
            _right("<strong>Phạm Thu Trang</strong>"),
        ],
        authors=["Phạm Thu Trang"], photographers=["Hoàng Minh Đức"],
        summary="Trong hai ngày 25 và 26/11/2026, Phòng GD&ĐT huyện Tiên Du tổ chức Hội thi “Bé khỏe – "
                "Bé ngoan” cấp huyện dành cho trẻ mẫu giáo 5-6 tuổi với sự tham gia của 17 đội thi đến "
                "từ các trường mầm non trong huyện.",
        opts={
            "url_title": "hoi-thi-be-khoe-be-ngoan-cap-huyen-nam-hoc-2026-2027",
            "page_name": "Hội thi Bé khỏe - Bé ngoan", "tpl": "moi",
            "date_line": "Thứ Sáu, 27/11/2026 - 09:00", "modified": "30/11/26", "thumb": 41544,
            "comments": [("Nguyễn Thị Hoa", "Cách đây 6 ngày",
                          "Các con biểu diễn rất đáng yêu, cảm ơn các cô giáo đã dày công tập luyện cho các bé!")],
        },
    ),
    Story(
        4, "kiem-tra-chuan-bi-thi-hsg-lop-9",
        "Phòng GD&ĐT Tiên Du kiểm tra công tác chuẩn bị kỳ thi chọn học sinh giỏi lớp 9",
        "hoat-dong-cua-phong", "2026-11-24T08:20:00+07:00",
        [
            P("Thực hiện kế hoạch năm học 2026-2027, từ ngày 16 đến ngày 20/11/2026, Phòng GD&ĐT huyện "
              "Tiên Du đã thành lập đoàn kiểm tra công tác bồi dưỡng học sinh giỏi lớp 9 tại 16 trường "
              "THCS trên địa bàn."),
            P("Đoàn kiểm tra tập trung vào kế hoạch bồi dưỡng, việc phân công giáo viên, chương trình và "
              "tài liệu bồi dưỡng, kết quả các bài khảo sát định kỳ của đội tuyển."),
            P("Qua kiểm tra, các trường đều xây dựng kế hoạch sớm, bố trí giáo viên có kinh nghiệm phụ "
              "trách đội tuyển. Một số đơn vị như THCS Lim, THCS Nội Duệ, THCS Phật Tích đã chủ động "
              "phối hợp với cha mẹ học sinh tổ chức bồi dưỡng vào các buổi chiều thứ Bảy."),
            P("Tuy nhiên, vẫn còn trường chưa cập nhật đầy đủ sổ theo dõi kết quả bồi dưỡng, đề khảo sát "
              "chưa bám sát cấu trúc đề thi của Sở GD&ĐT."),
            P("Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện dự kiến tổ chức vào ngày 12/12/2026. Phòng đề "
              "nghị các nhà trường khắc phục ngay những tồn tại, bảo đảm đội tuyển được ôn luyện đầy đủ "
              "các chuyên đề."),
            _right("<strong>ThS. Đỗ Văn Khải</strong> - Chuyên viên Phòng GD&amp;ĐT"),
        ],
        authors=["Đỗ Văn Khải"],
        opts={
            "url_title": "phong-gd%C4%91t-tien-du-kiem-tra-cong-tac-chuan-bi-ky-thi-chon-hoc-sinh-gioi-lop-9",
            "page_name": "Kiểm tra chuẩn bị thi HSG lớp 9", "tpl": "cu",
            "date_line": "Tue, 24 Nov 2026 01:20:00 +0000", "modified": "25/11/26", "thumb": 41552,
            "entities": True,
        },
    ),
    Story(
        5, "ky-niem-44-nam-ngay-nha-giao",
        "Ngành Giáo dục Tiên Du kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "hoat-dong-cua-phong", "2026-11-20T06:15:00+07:00",
        [
            P("Sáng ngày 19/11/2026, UBND huyện Tiên Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam (20/11/1982 – 20/11/2026) và tôn vinh các nhà giáo tiêu biểu năm học "
              "2025-2026."),
            P("Về dự buổi lễ có các đồng chí lãnh đạo Huyện ủy, HĐND, UBND huyện; lãnh đạo Sở GD&ĐT Bắc "
              "Ninh; các thế hệ nhà giáo đã nghỉ hưu cùng hơn 400 cán bộ quản lý, giáo viên tiêu biểu "
              "của các trường học trong huyện."),
            Img(dm(41560, "ky-niem-20-11-1.jpg", 1763594100000), "Các đại biểu dự Lễ kỷ niệm.",
                "Các đại biểu dự Lễ kỷ niệm.", "p_em"),
            P("Ôn lại truyền thống, đồng chí Trưởng phòng GD&ĐT khẳng định: trải qua nhiều thế hệ, đội "
              "ngũ nhà giáo Tiên Du luôn tâm huyết, tận tụy, góp phần đưa giáo dục huyện nhà trở thành "
              "một trong những đơn vị dẫn đầu của tỉnh."),
            P("Toàn huyện hiện có 78 trường học với hơn 2.600 cán bộ, giáo viên, nhân viên; tỷ lệ giáo "
              "viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019 đạt trên 96%."),
            BREAK,
            P("“Mỗi thầy giáo, cô giáo hãy thực sự là tấm gương sáng về đạo đức, tự học và sáng tạo để "
              "học sinh noi theo.”", "quote"),
            P("Đó là lời nhắn nhủ của đồng chí Chủ tịch UBND huyện tại buổi lễ. Đồng chí đề nghị ngành "
              "Giáo dục tiếp tục đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin và quan tâm "
              "hơn nữa tới công tác giáo dục đạo đức, kỹ năng sống cho học sinh."),
            Img(dm(41560, "ky-niem-20-11-2.jpg", 1763594160000),
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu.",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu.", "p_em"),
            P("Dịp này, UBND huyện tặng Giấy khen cho 45 nhà giáo có thành tích xuất sắc; Công đoàn "
              "ngành Giáo dục khen thưởng 32 công đoàn cơ sở vững mạnh."),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do giáo viên và học sinh các trường "
              "biểu diễn, với những làn điệu dân ca quan họ đậm đà bản sắc quê hương."),
            _right("<strong>Tin: Lê Minh Phương - Ảnh: Nguyễn Văn Hải</strong>"),
        ],
        authors=["Lê Minh Phương"], photographers=["Nguyễn Văn Hải"],
        opts={
            "url_title": "nganh-giao-duc-tien-du-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
            "page_name": "Kỷ niệm 44 năm Ngày Nhà giáo VN", "tpl": "cu",
            "date_line": "Thu, 19 Nov 2026 23:15:00 +0000", "modified": "21/11/26", "thumb": 41566,
            "related": [1],
        },
    ),
    Story(
        6, "tap-huan-hoc-lieu-so-tieu-hoc",
        "Tập huấn sử dụng học liệu số cho giáo viên Tiểu học",
        "giao-duc-tieu-hoc-thcs", "2026-11-18",
        [
            P("Nhằm nâng cao năng lực khai thác, sử dụng học liệu số trong dạy học, ngày 14/11/2026 "
              "Phòng GD&ĐT Tiên Du tổ chức lớp tập huấn cho hơn 200 giáo viên tiểu học toàn huyện.", "b"),
            P("Lớp tập huấn được chia thành hai đợt, tổ chức tại Trường Tiểu học Lim và Trường Tiểu học "
              "Hoàn Sơn. Báo cáo viên là các giáo viên cốt cán đã được Sở GD&ĐT bồi dưỡng."),
            P("Nội dung tập huấn gồm: khai thác kho học liệu số dùng chung của ngành, thiết kế bài "
              "giảng điện tử tương tác, tổ chức kiểm tra đánh giá trực tuyến và bảo đảm an toàn thông "
              "tin khi sử dụng các nền tảng số."),
            Img(dm(41580, "tap-huan-hoc-lieu-so.jpg", 1763460000000),
                "Giáo viên thực hành thiết kế bài giảng điện tử.",
                "Giáo viên thực hành thiết kế bài giảng điện tử.", "p_em"),
            P("Các học viên được thực hành trực tiếp trên máy tính, mỗi nhóm hoàn thiện một bài giảng và "
              "trình bày trước lớp. Nhiều sản phẩm có chất lượng tốt sẽ được lựa chọn đưa vào kho học "
              "liệu của huyện."),
            _right("<strong><em>Nguyễn Thị Lan Anh</em></strong>"),
        ],
        authors=["Nguyễn Thị Lan Anh"],
        summary="Nhằm nâng cao năng lực khai thác, sử dụng học liệu số trong dạy học, ngày 14/11/2026 "
                "Phòng GD&ĐT Tiên Du tổ chức lớp tập huấn cho hơn 200 giáo viên tiểu học toàn huyện.",
        opts={
            "url_title": "tap-huan-su-dung-hoc-lieu-so-cho-giao-vien-tieu-hoc",
            "page_name": "Tập huấn học liệu số", "tpl": "moi",
            "date_line": "Thứ Tư, 18/11/2026", "modified": "18/11/26", "thumb": 41584,
            "entities": True,
        },
    ),
    Story(
        7, "chuyen-de-mn-phat-tich",
        "Trường Mầm non Phật Tích tổ chức chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”",
        "giao-duc-mam-non", "2026-11-13T15:45:00+07:00",
        [
            P("Ngày 11/11/2026, Trường Mầm non Phật Tích tổ chức chuyên đề “Xây dựng trường mầm non lấy "
              "trẻ làm trung tâm” cho cán bộ quản lý và giáo viên cốt cán các trường mầm non cụm 2."),
            P("Các đại biểu đã tham quan môi trường giáo dục trong và ngoài lớp học của nhà trường, dự "
              "hoạt động học và hoạt động góc tại lớp mẫu giáo 5-6 tuổi A1."),
            Img(dm(41600, "mn-phat-tich-goc-trai-nghiem.jpg", 1763023500000),
                "Góc trải nghiệm “Bé làm nông dân” tại khu vườn của nhà trường.",
                "Góc trải nghiệm “Bé làm nông dân” tại khu vườn của nhà trường.", "table"),
            P("Điểm nổi bật của chuyên đề là môi trường được thiết kế mở, tận dụng nguyên vật liệu địa "
              "phương như rơm, tre, sỏi, vỏ ngao để trẻ được tự do khám phá, trải nghiệm."),
            P("Sau chuyên đề, các trường thống nhất một số việc cần làm ngay:"),
            P("Rà soát, sắp xếp lại các góc hoạt động theo hướng mở;", "li"),
            P("Tăng thời lượng hoạt động ngoài trời;", "li"),
            P("Tổ chức cho cha mẹ trẻ cùng tham gia làm đồ dùng, đồ chơi.", "li"),
            _right("<strong>Tổ Giáo dục Mầm non</strong>"),
        ],
        authors=["Tổ Giáo dục Mầm non"],
        opts={
            "url_title": "truong-mam-non-phat-tich-to-chuc-chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam",
            "page_name": "Chuyên đề MN Phật Tích", "tpl": "moi", "kicker": "GIÁO DỤC MẦM NON",
            "date_line": "Thứ Sáu, 13/11/2026 - 15:45", "modified": "16/11/26", "thumb": 41604,
        },
    ),
    Story(
        8, "ket-qua-hkpd-2026",
        "Kết quả Hội khỏe Phù Đổng cấp huyện năm học 2026-2027",
        "giao-duc-tieu-hoc-thcs", "2026-11-10T16:20:00+07:00",
        [
            P("Sau 5 ngày thi đấu sôi nổi (từ ngày 02 đến 06/11/2026), Hội khỏe Phù Đổng huyện Tiên Du "
              "năm học 2026-2027 đã bế mạc tại Nhà thi đấu thể thao huyện."),
            P("Hội khỏe năm nay thu hút hơn 1.200 vận động viên là học sinh tiểu học và THCS tham gia "
              "tranh tài ở 8 môn: điền kinh, bơi, cầu lông, bóng bàn, cờ vua, đá cầu, kéo co và bóng đá."),
            Img(dm(41620, "hkpd-be-mac.jpg", 1762766400000), "Lễ bế mạc và trao giải toàn đoàn.",
                "Lễ bế mạc và trao giải toàn đoàn.", "p_em"),
            P("Kết quả toàn đoàn như sau:"),
            P("Xếp hạng | Khối Tiểu học | Khối THCS", "tr"),
            P("Nhất | Tiểu học Lim | THCS Lim", "tr"),
            P("Nhì | Tiểu học Nội Duệ | THCS Hoàn Sơn", "tr"),
            P("Ba | Tiểu học Hoàn Sơn | THCS Việt Đoàn", "tr"),
            P("Ban tổ chức sẽ lựa chọn những vận động viên xuất sắc để thành lập đội tuyển tham dự Hội "
              "khỏe Phù Đổng tỉnh Bắc Ninh vào tháng 3/2027."),
            _right("<em>Nguồn: Ban Tổ chức Hội khỏe Phù Đổng huyện</em>"),
        ],
        source="Ban Tổ chức Hội khỏe Phù Đổng huyện",
        opts={
            "url_title": "ket-qua-hoi-khoe-phu-%C4%91ong-cap-huyen-nam-hoc-2026-2027",
            "page_name": "Kết quả HKPĐ cấp huyện", "tpl": "moi",
            "date_line": "Thứ Ba, 10/11/2026 - 16:20", "modified": "11/11/26", "thumb": 41624,
        },
    ),
    Story(
        9, "hoi-nghi-chuyen-doi-so",
        "Hội nghị triển khai nhiệm vụ chuyển đổi số trong quản lý giáo dục",
        "hoat-dong-cua-phong", "2026-11-05T10:00:00+07:00",
        [
            P("Ngày 04/11/2026, Phòng GD&ĐT Tiên Du tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số "
              "trong quản lý giáo dục năm học 2026-2027 cho hiệu trưởng các trường mầm non, tiểu học và "
              "THCS."),
            P("Theo kế hoạch, năm học này ngành sẽ hoàn thành việc triển khai học bạ số ở tất cả các khối "
              "lớp tiểu học và THCS, 100% trường học sử dụng hồ sơ điện tử và thanh toán không dùng "
              "tiền mặt."),
            P("Hội nghị đã nghe báo cáo viên của Viễn thông Bắc Ninh hướng dẫn quy trình ký số học bạ, "
              "lưu trữ và khai thác dữ liệu trên phần mềm quản lý trường học."),
            Img(jimg(41642, 1762311600000), "Quang cảnh hội nghị.", "Quang cảnh hội nghị.", "p_em"),
            P("Đồng chí Trưởng phòng yêu cầu hiệu trưởng các trường trực tiếp chỉ đạo, phân công cán bộ "
              "phụ trách chuyển đổi số và báo cáo tiến độ về Phòng trước ngày 25 hằng tháng."),
            Raw('<p><img alt="" src="/o/pgdbacninh-theme/images/file_system/small/pdf.png" /> <a href="'
                + dm(41870, "KH+215+chuyen+doi+so.pdf", 1762300000000).replace("&", "&amp;")
                + '">Tải về: Kế hoạch số 215/KH-PGDĐT</a></p>'),
            _right("<em>Theo Cổng TTĐT huyện Tiên Du</em>"),
        ],
        source="Cổng TTĐT huyện Tiên Du",
        opts={
            "url_title": "hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-trong-quan-ly-giao-duc",
            "page_name": "Hội nghị chuyển đổi số", "tpl": "moi",
            "date_line": "Thứ Năm, 05/11/2026 - 10:00", "modified": "05/11/26", "thumb": 41646,
        },
    ),
    Story(
        10, "boi-duong-phong-chong-tntt",
        "Bồi dưỡng chuyên môn cho giáo viên mầm non về phòng chống tai nạn thương tích",
        "giao-duc-mam-non", "2026-10-30",
        [
            P("Ngày 28/10/2026, Phòng GD&ĐT Tiên Du phối hợp với Trung tâm Y tế huyện tổ chức lớp bồi "
              "dưỡng chuyên môn về phòng chống tai nạn thương tích cho giáo viên, nhân viên y tế các "
              "trường mầm non.", "div"),
            P("Tại lớp học, các bác sĩ của Trung tâm Y tế huyện đã hướng dẫn cách nhận biết nguy cơ gây "
              "tai nạn trong trường mầm non như đuối nước, bỏng, ngã, dị vật đường thở và ngộ độc thực "
              "phẩm.", "div"),
            Img(dm(41660, "phong-chong-tntt.jpg", 1761807600000),
                "Bác sĩ Trung tâm Y tế huyện hướng dẫn sơ cứu khi trẻ bị hóc dị vật.",
                "Bác sĩ Trung tâm Y tế huyện hướng dẫn sơ cứu khi trẻ bị hóc dị vật.", "table"),
            P("Giáo viên được thực hành sơ cứu ban đầu theo từng tình huống cụ thể, đặc biệt là kỹ thuật "
              "vỗ lưng, ấn ngực khi trẻ bị hóc dị vật.", "div"),
            P("Qua lớp bồi dưỡng, các nhà trường sẽ rà soát lại toàn bộ cơ sở vật chất, đồ dùng đồ chơi, "
              "bảo đảm môi trường an toàn tuyệt đối cho trẻ.", "div"),
            Raw('<div style="text-align: right;"><strong>Tin: Ngô Thị Hạnh</strong></div>'),
        ],
        authors=["Ngô Thị Hạnh"],
        opts={
            "url_title": "boi-duong-chuyen-mon-cho-giao-vien-mam-non-ve-phong-chong-tai-nan-thuong-tich",
            "page_name": "Bồi dưỡng phòng chống TNTT", "tpl": "moi",
            "date_line": "Thứ Sáu, 30/10/2026", "modified": "02/11/26", "thumb": 41664,
        },
    ),
    Story(
        11, "giao-luu-tieng-anh-tieu-hoc",
        "Giao lưu “Tiếng Anh cùng em” dành cho học sinh tiểu học huyện Tiên Du",
        "giao-duc-tieu-hoc-thcs", "2026-10-22T08:30:00+07:00",
        [
            P("Ngày 20/10/2026, tại Trường Tiểu học Nội Duệ, Phòng GD&ĐT Tiên Du tổ chức giao lưu "
              "“Tiếng Anh cùng em” cho học sinh lớp 4, lớp 5 của 24 trường tiểu học trong huyện."),
            P("Chương trình gồm hai phần thi: Phần thi kiến thức với các câu hỏi về từ vựng, ngữ pháp và "
              "văn hóa các nước nói tiếng Anh;", "br"),
            P("Phần thi tài năng với các tiết mục hát, kể chuyện và đóng kịch bằng tiếng Anh."),
            Img(dm(41680, "giao-luu-tieng-anh.jpg", 1761096600000), "Ảnh: Trần Quốc Bảo", None, "p_em"),
            P("Các em học sinh thể hiện sự tự tin, phát âm chuẩn và phản xạ nhanh. Tiết mục kịch “The "
              "Little Red Hen” của Trường Tiểu học Lim nhận được tràng pháo tay lớn của khán giả."),
            P("Kết thúc giao lưu, Ban tổ chức trao 6 giải Nhất, 10 giải Nhì và 12 giải Ba cho các thí "
              "sinh xuất sắc."),
            _right("<strong>Vũ Thị Ngọc Mai</strong>"),
        ],
        authors=["Vũ Thị Ngọc Mai"], photographers=["Trần Quốc Bảo"],
        opts={
            "url_title": "giao-luu-tieng-anh-cung-em-danh-cho-hoc-sinh-tieu-hoc-huyen-tien-du",
            "page_name": "Giao lưu Tiếng Anh cùng em", "tpl": "moi",
            "date_line": "Thứ Năm, 22/10/2026 - 08:30", "modified": "23/10/26", "thumb": 41684,
        },
    ),
    Story(
        12, "cong-doan-phat-dong-thi-dua",
        "Công đoàn ngành Giáo dục Tiên Du phát động phong trào thi đua năm học 2026-2027",
        "hoat-dong-cua-phong", "2026-10-15T09:00:00+07:00",
        [
            P("Ngày 13/10/2026, Công đoàn ngành Giáo dục huyện Tiên Du tổ chức hội nghị phát động phong "
              "trào thi đua “Dạy tốt – Học tốt” năm học 2026-2027."),
            P("Phong trào hướng tới mục tiêu xây dựng đội ngũ nhà giáo có phẩm chất đạo đức tốt, năng "
              "lực chuyên môn vững vàng, tích cực đổi mới sáng tạo trong dạy học."),
            P("Các nội dung thi đua cụ thể gồm:"),
            P("Thi đua thực hiện tốt Chương trình giáo dục phổ thông 2018;", "li"),
            P("Thi đua xây dựng trường học xanh – sạch – đẹp – an toàn;", "li"),
            P("Thi đua chăm lo đời sống, bảo vệ quyền lợi hợp pháp của đoàn viên.", "li"),
            Img(dm(41700, "ky-giao-uoc-thi-dua.jpg", 1760493600000),
                "Đại diện các công đoàn cơ sở ký giao ước thi đua.",
                "Đại diện các công đoàn cơ sở ký giao ước thi đua.", "p_em"),
            P("Tại hội nghị, 78 công đoàn cơ sở đã ký giao ước thi đua, cam kết hoàn thành xuất sắc các "
              "chỉ tiêu đề ra."),
            _right("<strong>Nguyễn Thị Bích Ngọc</strong> - Chủ tịch Công đoàn ngành"),
        ],
        authors=["Nguyễn Thị Bích Ngọc"],
        opts={
            "url_title": "cong-%C4%91oan-nganh-giao-duc-tien-du-phat-%C4%91ong-phong-trao-thi-%C4%91ua-nam-hoc-2026-2027",
            "page_name": "Công đoàn ngành phát động thi đua", "tpl": "cu",
            "date_line": "Thu, 15 Oct 2026 02:00:00 +0000", "modified": "16/10/26", "thumb": 41704,
            "entities": True, "related": [5],
        },
    ),
    Story(
        13, "sua-hoc-duong-2026-2027",
        "Triển khai chương trình sữa học đường năm học 2026-2027 tại các trường mầm non",
        "giao-duc-mam-non", "2026-10-08",
        [
            Img(jimg(41966, 1759893912000), None, None, "field"),
            P("Thực hiện Đề án Chương trình Sữa học đường của tỉnh Bắc Ninh, từ ngày 05/10/2026, 100% "
              "trường mầm non trên địa bàn huyện Tiên Du bắt đầu tổ chức cho trẻ uống sữa tại trường."),
            P("Mỗi trẻ được uống 2 hộp sữa/tuần, mỗi hộp 180ml, vào giờ chiều sau khi ngủ dậy. Sản phẩm "
              "sữa được kiểm định chất lượng, bảo đảm đầy đủ vi chất dinh dưỡng theo quy định."),
            P("Phòng GD&ĐT đề nghị các nhà trường tuyên truyền rộng rãi tới cha mẹ trẻ, bố trí kho bảo "
              "quản sữa đúng quy định, theo dõi sức khỏe trẻ trong quá trình uống sữa và báo cáo kịp thời "
              "những vấn đề phát sinh."),
            _right("<strong>BBT</strong>"),
        ],
        summary="Chương trình Sữa học đường năm học 2026-2027 được triển khai tại 100% trường mầm non "
                "trong huyện, góp phần cải thiện tình trạng dinh dưỡng và nâng cao tầm vóc trẻ em.",
        sapo_outside=True,
        opts={
            "url_title": "trien-khai-chuong-trinh-sua-hoc-duong-nam-hoc-2026-2027-tai-cac-truong-mam-non",
            "page_name": "Chương trình sữa học đường", "tpl": "moi",
            "date_line": "Thứ Năm, 08/10/2026 - 00:00", "modified": "09/10/26", "thumb": 41970,
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


# --- URLs ---------------------------------------------------------------------------------------


def page_path(s: Story) -> str:
    """The article's own page (a layout with a Web Content Display): the canonical URL."""
    return f"{SITE}/tin-tuc/{s.slug}"


def display_path(s: Story) -> str:
    """The JournalArticle friendly URL every Asset Publisher links (as printed, percent-encoded)."""
    return f"{SITE}/-/{s.opts['url_title']}"


def wcd_id(s: Story) -> str:
    return WCD + _inst("wcd:" + s.slug)


def print_path(s: Story) -> str:
    pid = wcd_id(s)
    return f"{page_path(s)}?p_p_id={pid}&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view&_{pid}_viewMode=print"


def wcd_page_path(s: Story, n: int) -> str:
    pid = wcd_id(s)
    return (f"{page_path(s)}?p_p_id={pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&p_p_col_id=column-1&p_p_col_count=2&_{pid}_page={n}")


def ap_path(base: str, inst: str, cur: int, delta: int, col: str = "column-1") -> str:
    pid = AP + inst
    return (f"{base}?p_p_id={pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id={col}"
            f"&p_p_col_count=2&_{pid}_delta={delta}&_{pid}_keywords=&_{pid}_advancedSearch=false"
            f"&_{pid}_andOperator=true&p_r_p_resetCur=false&_{pid}_cur={cur}")


def _pages_of(s: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in s.blocks:
        if b is BREAK:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _js(value: str) -> str:
    """HtmlUtil.escapeJS as Liferay prints URLs inside scripts."""
    return "".join(f"\\x{ord(c):02x}" if c in "/?=&:%'" else c for c in value)


# --- the article text as CKEditor stored it -------------------------------------------------------


def _ck(markup: str) -> str:
    """CKEditor's ``entities_latin``: Latin-1 letters as named entities, the rest raw UTF-8."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 127 < ord(ch) < 256 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _img_tag(src: str, alt: str = "", width: int = 600) -> str:
    return (f'<img alt="{esc(alt)}" src="{esc(src)}" style="width: {width}px; height: {width * 2 // 3}px;" />')


def _content(s: Story, blocks: list) -> str:
    spans = s.id % 2 == 0
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>\n" + "\n".join(f"\t<li>{esc(g.text)}</li>" for g in group) + "\n</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    cell = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in g.text.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;">\n<tbody>\n'
                           + "\n".join(rows) + "\n</tbody>\n</table>")
            continue
        if isinstance(b, P):
            t = esc(b.text)
            if b.style == "br":
                nxt = esc(blocks[i + 1].text)
                out.append(f'<p style="text-align: justify;">{t}<br />\n{nxt}</p>')
                i += 2
                continue
            if b.style == "h":
                out.append(f"<h3><strong>{t}</strong></h3>")
            elif b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif b.style == "div":
                out.append(f'<div style="text-align: justify;">{t}</div>')
            elif b.style == "quote":
                out.append(f"<blockquote>\n<p><em>{t}</em></p>\n</blockquote>")
            elif spans:
                out.append('<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:'
                           f'times new roman,times,serif;">{t}</span></span></p>')
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
        elif isinstance(b, Img):
            if b.style == "table":
                out.append('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;">'
                           f"\n<tbody>\n<tr><td>{_img_tag(b.src)}</td></tr>\n"
                           f'<tr><td style="text-align: center;"><em>{esc(b.printed or "")}</em></td></tr>'
                           "\n</tbody>\n</table>")
            elif b.style == "p_em":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    markup = "\n".join(out)
    return _ck(markup) if s.opts.get("entities") else markup


def _template(s: Story, blocks: list) -> str:
    """The journal template's output (what ``div.journal-content-article`` holds)."""
    if s.opts["tpl"] == "cu":
        return (f'<div class="news-detail-old">\n<div class="ndo-title">{esc(s.title)}</div>\n'
                f'<div class="ndo-date">Ngày đăng: {esc(s.opts["date_line"])}</div>\n'
                f'<div class="ndo-content">\n{_content(s, blocks)}\n</div>\n</div>')
    parts = ['<div class="tbpgd-chitiet">']
    if s.opts.get("kicker"):
        parts.append(f'<p class="tbpgd-titphu">{esc(s.opts["kicker"])}</p>')
    parts.append(f'<h1 class="tbpgd-tieude">{esc(s.title)}</h1>')
    parts.append(f'<div class="tbpgd-thongtin"><span class="tbpgd-ngay"><span class="icon-calendar"></span> '
                 f'{esc(s.opts["date_line"])}</span> <span class="tbpgd-congcu">Cỡ chữ: '
                 '<a href="javascript:tbpgdCoChu(-1);">A-</a> <a href="javascript:tbpgdCoChu(0);">A</a> '
                 f'<a href="javascript:tbpgdCoChu(1);">A+</a> | Lượt xem: {s.views()}</span></div>')
    for b in s.blocks:
        if isinstance(b, Img) and b.style == "field":
            parts.append(f'<div class="tbpgd-anh"><img alt="{esc(s.title)}" src="{esc(b.src)}" /></div>')
    if s.summary and s.sapo_outside:
        parts.append(f'<div class="tbpgd-tomtat">{esc(s.summary)}</div>')
    parts.append(f'<div class="tbpgd-noidung">\n{_content(s, blocks)}\n</div>')
    parts.append("</div>")
    return "\n".join(parts)


# --- chrome --------------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", "/trang-chu", 20145, []),
    ("Giới thiệu", "/gioi-thieu", 20151, [("Lãnh đạo Phòng", "/lanh-dao-phong", 20153)]),
    ("Tin tức", "/tin-tuc", 20157, [(name, f"/tin-tuc/{key}", 20160 + n) for n, (key, name, _) in enumerate(SECTIONS)]),
    ("Văn bản", "/van-ban", 20171, []),
    ("Thư viện ảnh", "/thu-vien-anh", 20175, []),
    ("Liên hệ", "/lien-he", 20179, []),
]


def _nav(b: str, selected: str) -> str:
    items = []
    for label, url, plid, children in NAV:
        sel = ' class="selected"' if url == selected else ""
        popup = " aria-haspopup='true'" if children else ""
        li = (f'<li{sel} id="layout_{plid}" role="presentation"><a aria-labelledby="layout_{plid}"{popup} '
              f'href="{b}{SITE}{url}" role="menuitem"><span> {esc(label)}</span></a>')
        if children:
            li += '\n<ul class="child-menu" role="menu">' + "".join(
                f'\n<li class="" id="layout_{cp}" role="presentation"><a aria-labelledby="layout_{cp}" '
                f'href="{b}{SITE}{cu}" role="menuitem">{esc(cl)}</a></li>' for cl, cu, cp in children
            ) + "\n</ul>"
        items.append(li + "</li>")
    return ('<nav class="sort-pages modify-pages" id="navigation" role="navigation">\n'
            '<h1 class="hide-accessible">Điều hướng</h1>\n<ul aria-label="Các trang web" role="menubar">\n'
            + "\n".join(items) + "\n</ul>\n</nav>")


def _breadcrumb(b: str, crumbs: list[tuple[str, str | None]]) -> str:
    lis = [f'<li class="first"><a href="{b}{SITE}" >{esc(SITE_NAME)}</a><span class="divider">/</span></li>']
    for n, (label, url) in enumerate(crumbs):
        last = n == len(crumbs) - 1
        cls = ' class="active last"' if last else ""
        inner = f'<a href="{b}{url}" >{esc(label)}</a>' if url else esc(label)
        lis.append(f"<li{cls}>{inner}" + ("" if last else '<span class="divider">/</span>') + "</li>")
    return ('<section class="portlet" id="portlet_com_liferay_site_navigation_breadcrumb_web_portlet_'
            'SiteNavigationBreadcrumbPortlet"><div class="portlet-content"><div class="portlet-body">'
            '<ul class="breadcrumb breadcrumb-horizontal">' + "".join(lis) + "</ul></div></div></section>")


def portlet(pid: str, title: str | None, body: str, extra_cls: str = "") -> str:
    """A portlet in its Liferay 7.0 wrappers (decorate or barebone)."""
    short = pid.split("_INSTANCE_")[0]
    topper = (f'<header class="portlet-topper"><h2 class="portlet-title-text">{esc(title)}</h2></header>'
              if title else "")
    deco = "portlet-decorate" if title else "portlet-barebone"
    return (f'<div class="portlet-boundary portlet-boundary_{short}_ portlet-static portlet-static-end {deco} '
            f'{extra_cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>\n'
            f'<section class="portlet" id="portlet_{pid}">{topper}<div class="portlet-content">'
            f'<div class=" portlet-content-container"><div class="portlet-body">\n{body}\n'
            "</div></div></div></section></div>")


def _latest_box(b: str) -> str:
    items = "".join(
        f'<li class="title-list journal-article"><span class="asset-anchor lfr-asset-anchor" id="{41500 + s.id * 3}">'
        f'</span><a href="{b}{display_path(s)}">{esc(s.title)}</a></li>' for s in STORIES[:5]
    )
    body = (f'<ul class="title-list">{items}</ul><div class="xem-tat-ca"><a href="{b}{SITE}/tin-tuc">'
            "Xem tất cả »</a></div>")
    return portlet(AP + "Lt9WmV4cXp0H", "Tin mới cập nhật", body, "portlet-asset-publisher")


def _links_box() -> str:
    body = (
        '<div class="lien-ket-web"><a href="https://sgddt.bacninh.gov.vn" target="_blank"><img alt="Sở GD&amp;ĐT Bắc Ninh" '
        'src="/documents/20143/20401/banner-sgd.png/' + _uuid("banner-sgd") + '?t=1700000000000" /></a>'
        '<a href="https://tiendu.bacninh.gov.vn" target="_blank"><img alt="Cổng TTĐT huyện Tiên Du" '
        'src="/documents/20143/20401/banner-huyen.png/' + _uuid("banner-huyen") + '?t=1700000000000" /></a>'
        '<select onchange="window.open(this.value)"><option>-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://bacninh.gov.vn">Cổng TTĐT tỉnh Bắc Ninh</option>'
        '<option value="https://thcslim.tiendu.edu.vn">Trường THCS Lim</option></select></div>'
    )
    return portlet(WCD + "Lk4RwC8yTn2B", "Liên kết website", body)


def _counter_box() -> str:
    body = ('<table class="thong-ke-truy-cap"><tr><td>Đang online:</td><td>17</td></tr>'
            "<tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tháng này:</td><td>2.195</td></tr>"
            "<tr><td>Tổng truy cập:</td><td>1.204.587</td></tr></table>")
    return portlet("thongketruycap_WAR_pgdbacninhportlet", "Thống kê truy cập", body)


def _side(b: str) -> str:
    return _latest_box(b) + "\n" + _links_box() + "\n" + _counter_box()


def layout(request: Request, *, title: str, main: str, side: str, crumbs: list, selected: str,
           canonical: str, plid: int, desc: str = "") -> Response:
    b = base_url(request)
    current = request.target
    head_desc = f'<meta content="{esc(desc)}" lang="vi-VN" name="description" />\n' if desc else ""
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {esc(SITE_NAME)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{head_desc}<link href="{b}/o/pgdbacninh-theme/images/favicon.ico" rel="Shortcut Icon" />
<link data-senna-track="temporary" href="{b}{canonical}" rel="canonical" />
<link data-senna-track="temporary" href="{b}{canonical}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{b}{canonical}" hreflang="x-default" rel="alternate" />
<link class="lfr-css-file" data-senna-track="temporary" href="{b}/o/pgdbacninh-theme/css/aui.css?browserId=other&amp;themeId=pgdbacninhtheme_WAR_pgdbacninhtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7004&amp;t=1764000000000" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" type="text/javascript">
var Liferay = {{Browser: {{}}, Data: {{NAV_SELECTOR: '#navigation', NAV_SELECTOR_MOBILE: '#navigationCollapse'}}, PortletKeys: {{}}}};
Liferay.currentURL = '{_js(current)}';
Liferay.currentURLEncoded = '{_js(current.replace("/", "%2F").replace("?", "%3F"))}';
Liferay.ThemeDisplay = {{getPlid: function() {{ return '{plid}'; }}, getScopeGroupId: function() {{ return '20143'; }},
  getLanguageId: function() {{ return 'vi_VN'; }}, getPortalURL: function() {{ return '{_js(b)}'; }},
  getPathThemeImages: function() {{ return '{_js(b + "/o/pgdbacninh-theme/images")}'; }}}};
</script>
<script src="{b}/o/frontend-js-web/everything.jsp?browserId=other&amp;themeId=pgdbacninhtheme_WAR_pgdbacninhtheme&amp;languageId=vi_VN&amp;b=7004&amp;t=1764000000000" type="text/javascript"></script>
</head>
<body class=" controls-visible  yui3-skin-sam guest-site signed-out public-page site">
<div class="d-block"><a href="#main-content" id="skip-to-content">Chuyển đến Nội dung</a></div>
<div class="container-fluid" id="wrapper">
<div class="thanh-tren"><span class="ngay-hien-tai">{HEADER_DATE}</span>
<span class="dang-nhap"><a data-redirect="false" href="{b}/c/portal/login" id="sign-in" rel="nofollow">Đăng nhập</a></span></div>
<header id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{b}{SITE}" title="Đi tới {esc(SITE_NAME)}">
<img alt="{esc(SITE_NAME)}" height="120" src="{b}/image/layout_set_logo?img_id=20412&amp;t=1764839402211" width="1140" /></a></h1></div>
{_nav(b, selected)}
</header>
<section id="content">
<h1 class="hide-accessible">{esc(title)}</h1>
{_breadcrumb(b, crumbs)}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side}
</div></div>
</div></div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</section>
<footer id="footer" role="contentinfo">
<div class="footer-pgd">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU</strong></p>
<p>Địa chỉ: Đường Lý Thường Kiệt, thị trấn Lim, huyện Tiên Du, tỉnh Bắc Ninh</p>
<p>Điện thoại: 0222.3837.216 - Email: pgdtiendu@bacninh.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng Nguyễn Đức Thắng</p>
<p>Bản quyền © 2026 Phòng GD&amp;ĐT Tiên Du. Phát triển trên nền tảng <a href="https://www.liferay.com" rel="external">Liferay</a></p>
</div>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{(function() {{
	Liferay.Util.addInputType();
	Liferay.Portlet.ready(function(portletId, node) {{ Liferay.Util.addInputType(node); }});
	new Liferay.Menu();
}})();}});
// ]]>
</script>
</body>
</html>"""
    return html(page)


# --- widgets around the article -------------------------------------------------------------------


def _pager(cur: int, total: int, url) -> str:
    """The simple ``lfr-pagination-buttons`` pager (sections, WCD page iterator)."""

    def li(cls: str, label: str, target: int, enabled: bool) -> str:
        href = esc(url(target)) if enabled else "javascript:;"
        klass = " ".join(c for c in (cls, "" if enabled else "disabled") if c)
        return f'<li class="{klass}"><a href="{href}">{label}</a></li>'

    return ('<div class="lfr-pagination"><div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">'
            f'<span class="current-page">Trang {cur} của {total}</span></div></div>\n<ul class="lfr-pagination-buttons pager">'
            + li("first", "&larr; Đầu tiên", 1, cur > 1) + li("", "Trước", cur - 1, cur > 1)
            + li("", "Tiếp theo", cur + 1, cur < total) + li("last", "Cuối cùng &rarr;", total, cur < total)
            + "</ul></div>")


def _ratings(ns: str, s: Story) -> str:
    stars = "".join('<span class="rating-element icon-star-empty"></span>' for _ in range(5))
    return (f'<div class="taglib-ratings stars" id="{ns}ratingStars"><div class="liferay-rating-vote">'
            f'<div class="rating-label">Đánh giá của bạn</div>{stars}</div><div class="liferay-rating-score">'
            f'<span class="rating-label">Trung bình ({s.id % 4} Phiếu bầu)</span></div></div>')


def _related(b: str, s: Story) -> str:
    rel = s.opts.get("related") or []
    if not rel:
        return ""
    items = "".join(f'<li class="asset-links-list-item"><a class="asset-entry-title" href="{b}{display_path(BY_ID[r])}">'
                    f"{esc(BY_ID[r].title)}</a></li>" for r in rel)
    return ('<div class="taglib-asset-links"><h4 class="asset-links-title"><span class="icon-link"></span> '
            f'Nội dung liên quan</h4><ul class="asset-links-list">{items}</ul></div>')


def _bookmarks(b: str, s: Story) -> str:
    share = esc(b + page_path(s))
    return ('<div class="taglib-social-bookmarks"><ul class="list-inline">'
            f'<li><a class="social-bookmark" href="https://www.facebook.com/sharer/sharer.php?u={share}" '
            'rel="nofollow" target="_blank">Facebook</a></li>'
            f'<li><a class="social-bookmark" href="https://twitter.com/intent/tweet?url={share}" rel="nofollow" '
            'target="_blank">Twitter</a></li></ul></div>')


def _discussion(b: str, ns: str, s: Story) -> str:
    comments = s.opts.get("comments") or []
    msgs = "".join(
        '<div class="lfr-discussion"><div class="lfr-discussion-details"><div class="user-profile-image">'
        '<img alt="" class="avatar" src="/image/user_female_portrait?img_id=0&amp;t=1764000000000" /></div>'
        f'<div class="lfr-discussion-content"><div class="username">{esc(who)}</div>'
        f'<div class="lfr-discussion-posted-on">{esc(when)}</div><div class="lfr-discussion-message">'
        f'<div class="lfr-discussion-message-body">{esc(msg)}</div></div></div></div></div>'
        for who, when, msg in comments
    )
    return (f'<div class="taglib-discussion" id="{ns}discussionContainer"><h4 class="discussion-title">'
            f'{len(comments)} Bình luận</h4>{msgs}<p class="taglib-discussion-sign-in">Vui lòng '
            f'<a href="{b}/c/portal/login" rel="nofollow">đăng nhập</a> để bình luận.</p></div>')


def _crumbs(s: Story) -> list:
    return [("Tin tức", f"{SITE}/tin-tuc"), (SECTION_NAME[s.cat], f"{SITE}/tin-tuc/{s.cat}"),
            (s.opts["page_name"], page_path(s))]


# --- pages ---------------------------------------------------------------------------------------


def article_page(request: Request, s: Story) -> Response:
    b = base_url(request)
    pid = wcd_id(s)
    ns = f"_{pid}_"
    params = request.params
    pages = _pages_of(s)
    if params.get("p_p_state") == "pop_up" and params.get(f"{ns}viewMode") == "print":
        return print_page(request, s)
    try:
        n = min(max(int(params.get(f"{ns}page", "1")), 1), len(pages))
    except ValueError:
        n = 1
    iterator = ""
    if len(pages) > 1:
        iterator = (f'<div class="taglib-page-iterator" id="{ns}articleDisplayPages">'
                    + _pager(n, len(pages), lambda k: b + wcd_page_path(s, k)) + "</div>")
    body = (
        f'<div class="text-right user-tool-asset-addon-entries"><span class="lfr-portal-tooltip" title="In">'
        f'<a class=" lfr-icon-item taglib-icon" href="javascript:{ns}printPage_0();" id="{ns}printLink">'
        '<span class="icon-print"></span><span class="taglib-text hide-accessible">In</span></a></span></div>\n'
        f'<div class="journal-content-article">\n{_template(s, pages[n - 1])}\n</div>\n{iterator}\n'
        f'<div class="content-metadata-asset-addon-entries">{_ratings(ns, s)}{_related(b, s)}{_bookmarks(b, s)}</div>\n'
        f"{_discussion(b, ns, s)}\n"
        f'<script type="text/javascript">\n// <![CDATA[\nfunction {ns}printPage_0() {{\n'
        f"\twindow.open('{_js(print_path(s))}', '', 'directories=0,height=480,left=80,location=1,menubar=1,"
        "resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640');\n}\n// ]]>\n</script>"
    )
    main = portlet(pid, s.opts["page_name"], body, "portlet-journal-content")
    return layout(request, title=s.opts["page_name"], main=main, side=_side(b), crumbs=_crumbs(s),
                  selected="/tin-tuc", canonical=page_path(s), plid=21000 + s.id)


def display_view(request: Request, s: Story) -> Response:
    b = base_url(request)
    ns = f"_{DEFAULT_AP}_"
    body = (
        '<div class="asset-full-content clearfix default-asset-publisher show-asset-title">\n'
        f'<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" '
        f'href="{b}{page_path(s)}" id="{ns}TabsBack" title="Trở về"><span class="hide-accessible">Trở về</span></a>'
        f'</span><h3 class="header-title"><span>{esc(s.title)}</span></h3></div>\n'
        f'<div class="asset-content" id="{ns}{41500 + s.id * 3}">\n<div class="journal-content-article">\n'
        f"{_template(s, s.blocks)}\n</div>\n{_ratings(ns, s)}\n</div>\n{_related(b, s)}\n"
        '<div class="asset-metadata"><span class="metadata-entry metadata-author"><span class="user-profile-image">'
        '<img alt="" class="avatar" src="/image/user_male_portrait?img_id=0&amp;t=1764000000000" /></span>'
        f'Quản Trị PGD</span> <span class="metadata-entry metadata-modified-date">{s.opts["modified"]}</span> '
        f'<span class="metadata-entry metadata-view-count">{s.views()} Lượt xem</span></div>\n</div>'
    )
    main = portlet(DEFAULT_AP, "Trình xuất bản nội dung", body, "portlet-asset-publisher")
    return layout(request, title=s.opts["page_name"], main=main, side=_side(b),
                  crumbs=[*_crumbs(s), (s.title, None)], selected="/tin-tuc", canonical=page_path(s),
                  plid=21000 + s.id)


def print_page(request: Request, s: Story) -> Response:
    b = base_url(request)
    pid = wcd_id(s)
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(s.opts["page_name"])} - {esc(SITE_NAME)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{b}{page_path(s)}" rel="canonical" /></head>
<body class="portal-popup "><div class="columns-1" id="main-content" role="main">
<div class="portlet-boundary portlet-boundary_{WCD.split("_INSTANCE_")[0]}_ portlet-journal-content" id="p_p_id_{pid}_">
<section class="portlet" id="portlet_{pid}"><div class="portlet-content"><div class="portlet-body">
<div class="journal-content-article">
{_template(s, s.blocks)}
</div></div></div></section></div></div>
<script type="text/javascript">print();</script>
</body></html>"""
    return html(page)


DOC = {
    "title": "Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)",
    "desc": "Lịch công tác của Lãnh đạo Phòng GD&ĐT huyện Tiên Du tuần 49 năm 2026.",
    "modified": "30/11/26",
    "file": dm(41870, "Lich+cong+tac+tuan+49.pdf", 1764471600000),
}

#: the news AP's entries, newest display date first: the stories with the document entry among them
NEWS_ENTRIES: list = [STORIES[0], STORIES[1], DOC, *STORIES[2:]]


def _trunc(value: str, n: int = 200) -> str:
    return value if len(value) <= n else value[:n].rsplit(" ", 1)[0] + "..."


def _abstract(b: str, entry) -> str:
    if entry is DOC:
        href, title = b + DOC_PATH, DOC["title"]
        icon, desc, modified, views, thumb = "pdf.png", DOC["desc"], DOC["modified"], 58, ""
    else:
        s = entry
        href, title = b + display_path(s), s.title
        icon, modified, views = "article.png", s.opts["modified"], s.views()
        desc = s.opts.get("desc") or _trunc(s.paragraphs[0])
        thumb = (f'<div class="asset-small-image"><a href="{href}"><img alt="{esc(title)}" class="asset-small-image '
                 f'img-thumbnail" src="/image/journal/article?img_id={s.opts["thumb"]}&amp;t=1764000000000" '
                 'width="150" /></a></div>')
    return (f'<div class="asset-abstract ">\n<div class="lfr-meta-actions asset-actions"></div>\n'
            f'<h4 class="asset-title"><a href="{href}"><img alt="" src="{b}/o/pgdbacninh-theme/images/file_system/small/'
            f'{icon}" /> {esc(title)}</a></h4>\n<div class="asset-content"><div class="asset-summary">{thumb}'
            f'{esc(desc)}</div>\n<div class="asset-more"><a href="{href}">Đọc thêm<span class="hide-accessible"> về '
            f'{esc(title)}</span> »</a></div></div>\n<div class="asset-metadata"><span class="metadata-entry '
            f'metadata-modified-date">{modified}</span> <span class="metadata-entry metadata-view-count">{views} '
            "Lượt xem</span></div>\n</div>")


def _cur(request: Request, inst: str, pages: int) -> int:
    try:
        cur = int(request.params.get(f"_{AP}{inst}_cur", "1"))
    except ValueError:
        cur = 1
    return min(max(cur, 1), pages)


def news_page(request: Request) -> Response:
    b = base_url(request)
    delta, total = 5, len(NEWS_ENTRIES)
    pages = -(-total // delta)
    cur = _cur(request, NEWS_AP, pages)
    chunk = NEWS_ENTRIES[(cur - 1) * delta: cur * delta]

    def url(k: int) -> str:
        return esc(b + ap_path(f"{SITE}/tin-tuc", NEWS_AP, k, delta))

    nums = "".join(
        f'<li class="active"><a href="javascript:;">{k}</a></li>' if k == cur else f'<li><a href="{url(k)}">{k}</a></li>'
        for k in range(1, pages + 1)
    )
    prev = f'<li><a href="{url(cur - 1)}">«</a></li>' if cur > 1 else '<li class="disabled"><a href="javascript:;">«</a></li>'
    nxt = f'<li><a href="{url(cur + 1)}">»</a></li>' if cur < pages else '<li class="disabled"><a href="javascript:;">»</a></li>'
    start, end = (cur - 1) * delta + 1, min(cur * delta, total)
    body = ("\n".join(_abstract(b, e) for e in chunk)
            + f'\n<div class="pagination-bar"><div class="pagination-results">Hiển thị {start} - {end} của {total} '
            f'kết quả.</div><ul class="pagination">{prev}{nums}{nxt}</ul></div>')
    main = portlet(AP + NEWS_AP, "Tin tức", body, "portlet-asset-publisher")
    return layout(request, title="Tin tức", main=main, side=_side(b), crumbs=[("Tin tức", f"{SITE}/tin-tuc")],
                  selected="/tin-tuc", canonical=f"{SITE}/tin-tuc", plid=20157,
                  desc="Tin tức hoạt động ngành Giáo dục huyện Tiên Du")


def section_page(request: Request, key: str) -> Response:
    b = base_url(request)
    name = SECTION_NAME[key]
    inst = next(i for k, _, i in SECTIONS if k == key)
    items = [s for s in STORIES if s.cat == key]
    delta = 3
    pages = -(-len(items) // delta)
    cur = _cur(request, inst, pages)
    base = f"{SITE}/tin-tuc/{key}"
    rows = []
    for s in items[(cur - 1) * delta: cur * delta]:
        href = b + display_path(s)
        day = f"{s.published_at[8:10]}/{s.published_at[5:7]}/{s.published_at[:4]}"
        rows.append(f'<div class="item-tin clearfix"><a class="anh" href="{href}"><img alt="" src="/image/journal/'
                    f'article?img_id={s.opts["thumb"]}&amp;t=1764000000000" /></a><div class="ttin">'
                    f'<a class="tieude" href="{href}">{esc(s.title)}</a> <span class="ngay">({day})</span>'
                    f'<p class="mota">{esc(s.opts.get("desc") or _trunc(s.paragraphs[0], 160))}</p></div></div>')
    body = ('<div class="ds-tin-pgd">\n' + "\n".join(rows) + "\n</div>\n"
            + _pager(cur, pages, lambda k: b + ap_path(base, inst, k, delta)))
    main = portlet(AP + inst, name, body, "portlet-asset-publisher")
    return layout(request, title=name, main=main, side=_side(b),
                  crumbs=[("Tin tức", f"{SITE}/tin-tuc"), (name, base)], selected="/tin-tuc",
                  canonical=base, plid=20160 + [k for k, _, _ in SECTIONS].index(key))


def home_page(request: Request) -> Response:
    b = base_url(request)
    s1, s2, s3 = STORIES[:3]
    featured = (
        '<table border="0" cellpadding="4" class="tin-noi-bat" style="width: 100%;"><tbody><tr>'
        f'<td style="width: 58%; vertical-align: top;"><a href="{b}{page_path(s1)}"><img alt="" '
        f'src="{esc(s1.images[0].src)}" style="width: 420px; height: 280px;" /></a>'
        f'<h3><a href="{b}{page_path(s1)}">{esc(s1.title)}</a></h3><p>{esc(_trunc(s1.summary or "", 180))}</p></td>'
        f'<td style="vertical-align: top;"><ul class="tin-khac-nb"><li><a href="{b}{page_path(s2)}">{esc(s2.title)}</a></li>'
        f'<li><a href="{b}{page_path(s3)}">{esc(s3.title)}</a></li></ul>'
        '<div class="hop-thong-bao"><p><strong>THÔNG BÁO</strong></p><ul>'
        f'<li><a href="{b}{DEAD_PATH}">Thông báo lịch tiếp công dân tháng 12/2026</a></li>'
        f'<li><a href="{b}{DOC_PATH}">Lịch công tác tuần 49</a></li></ul></div></td></tr></tbody></table>'
    )
    poll_id = "com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_Pq8NvB2xKd5S"
    action = (f"{b}{SITE}/trang-chu?p_p_id={poll_id}&p_p_lifecycle=1&p_p_state=normal&p_p_mode=view"
              f"&_{poll_id}_javax.portlet.action=%2Fpolls_display%2Fview_question")
    poll = (f'<form action="{esc(action)}" method="post" name="_{poll_id}_fm"><p>Bạn đánh giá thế nào về Cổng thông '
            'tin điện tử của Phòng?</p>' + "".join(
                f'<div class="radio"><label><input name="_{poll_id}_choiceId" type="radio" value="{v}" /> {t}</label></div>'
                for v, t in ((41801, "Rất hữu ích"), (41802, "Hữu ích"), (41803, "Cần cải thiện thêm")))
            + '<button class="btn btn-primary" type="submit">Bình chọn</button></form>')
    latest = "\n".join(_abstract(b, s) for s in STORIES[:5])
    main = (portlet(WCD + "Hn1FqZ6tRk3M", None, featured) + "\n"
            + portlet(AP + "Hm7Rk2PwQe4V", "Tin mới", latest, "portlet-asset-publisher"))
    docs = ('<ul class="van-ban-moi">'
            f'<li><a href="{b}{SITE}/van-ban">Kế hoạch số 215/KH-PGDĐT về chuyển đổi số năm học 2026-2027</a></li>'
            f'<li><a href="{b}{SITE}/van-ban">Công văn số 402/PGDĐT-THCS về thi học sinh giỏi lớp 9</a></li></ul>')
    side = (portlet(AP + "Vb3PdS6gHj8K", "Văn bản mới", docs) + "\n" + portlet(poll_id, "Thăm dò ý kiến", poll)
            + "\n" + _links_box() + "\n" + _counter_box())
    return layout(request, title="Trang chủ", main=main, side=side, crumbs=[("Trang chủ", f"{SITE}/trang-chu")],
                  selected="/trang-chu", canonical=SITE, plid=20145,
                  desc="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Tiên Du, tỉnh Bắc Ninh")


def _simple(request: Request, *, name: str, crumbs: list, selected: str, canonical: str, plid: int, body: str,
            pid: str | None = None, title: str | None = None) -> Response:
    b = base_url(request)
    main = portlet(pid or WCD + _inst(canonical), title if title is not None else name, body)
    return layout(request, title=name, main=main, side=_side(b), crumbs=crumbs, selected=selected,
                  canonical=canonical, plid=plid)


def intro_page(request: Request) -> Response:
    body = ('<div class="journal-content-article"><h3 style="text-align: center;">CHỨC NĂNG, NHIỆM VỤ CỦA PHÒNG GIÁO '
            'DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU</h3>'
            '<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Tiên Du, có chức năng '
            'tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>'
            '<p>Phòng chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND huyện, đồng thời chịu sự '
            'chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo Bắc Ninh.</p>'
            '<p>Hiện nay, Phòng quản lý 26 trường mầm non, 24 trường tiểu học và 16 trường THCS công lập cùng '
            '12 nhóm lớp mầm non độc lập tư thục.</p></div>')
    return _simple(request, name="Giới thiệu", crumbs=[("Giới thiệu", f"{SITE}/gioi-thieu")], selected="/gioi-thieu",
                   canonical=f"{SITE}/gioi-thieu", plid=20151, body=body)


def leaders_page(request: Request) -> Response:
    rows = [("Nguyễn Đức Thắng", "Trưởng phòng", "0912.xxx.216"), ("Lê Thị Thanh Huyền", "Phó Trưởng phòng", "0983.xxx.472"),
            ("Trần Văn Bình", "Phó Trưởng phòng", "0904.xxx.915")]
    body = ('<div class="journal-content-article"><table border="1" cellpadding="5" style="width: 100%;"><tbody>'
            "<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>"
            + "".join(f"<tr><td>{esc(a)}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>" for a, c, d in rows)
            + "</tbody></table></div>")
    return _simple(request, name="Lãnh đạo Phòng",
                   crumbs=[("Giới thiệu", f"{SITE}/gioi-thieu"), ("Lãnh đạo Phòng", f"{SITE}/lanh-dao-phong")],
                   selected="/gioi-thieu", canonical=f"{SITE}/lanh-dao-phong", plid=20153, body=body)


def contact_page(request: Request) -> Response:
    b = base_url(request)
    form_id = "com_liferay_dynamic_data_lists_form_web_portlet_DDLFormPortlet_INSTANCE_Ct7HnM1vQz9W"
    body = ('<div class="journal-content-article"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU</strong></p>'
            '<p>Địa chỉ: Đường Lý Thường Kiệt, thị trấn Lim, huyện Tiên Du, tỉnh Bắc Ninh</p>'
            '<p>Điện thoại: 0222.3837.216 - Fax: 0222.3837.217</p><p>Email: pgdtiendu@bacninh.edu.vn</p></div>'
            f'<form action="{esc(b + SITE)}/lien-he?p_p_id={form_id}&amp;p_p_lifecycle=1&amp;p_p_state=normal" '
            f'method="post"><label>Họ và tên <input name="_{form_id}_hoTen" type="text" /></label>'
            f'<label>Nội dung <textarea name="_{form_id}_noiDung"></textarea></label>'
            '<button type="submit">Gửi</button></form>')
    return _simple(request, name="Liên hệ", crumbs=[("Liên hệ", f"{SITE}/lien-he")], selected="/lien-he",
                   canonical=f"{SITE}/lien-he", plid=20179, body=body)


DOCS = [
    ("Kế hoạch số 215/KH-PGDĐT về chuyển đổi số năm học 2026-2027", "03/11/2026", "KH+215+chuyen+doi+so.pdf"),
    ("Công văn số 402/PGDĐT-THCS về thi học sinh giỏi lớp 9", "10/11/2026", "CV+402+thi+HSG+lop+9.pdf"),
    ("Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)", "30/11/2026", "Lich+cong+tac+tuan+49.pdf"),
]


def docs_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><img alt="" src="/o/pgdbacninh-theme/images/file_system/small/pdf.png" /> {esc(t)}</td><td>{d}</td>'
        f'<td><a href="{esc(dm(41870, f, 1762300000000))}&amp;download=true">Tải về</a></td></tr>'
        for t, d, f in DOCS
    )
    body = ('<div class="document-library-display"><table class="table table-bordered table-striped"><thead><tr>'
            f"<th>Tên tài liệu</th><th>Ngày ban hành</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table></div>")
    return _simple(request, name="Văn bản", crumbs=[("Văn bản", f"{SITE}/van-ban")], selected="/van-ban",
                   canonical=f"{SITE}/van-ban", plid=20171, body=body,
                   pid="com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_Dl5XcR8mWq3E")


def album_page(request: Request) -> Response:
    names = ["khai-giang-2026-1.jpg", "khai-giang-2026-2.jpg", "trung-thu-2026.jpg", "hkpd-2026-khai-mac.jpg"]
    items = "".join(
        f'<div class="image-thumbnail"><a href="{esc(dm(41720, n, 1760000000000))}" title="{esc(n)}">'
        f'<img alt="{esc(n)}" src="{esc(dm(41720, n, 1760000000000))}&amp;imageThumbnail=1" /></a></div>'
        for n in names
    )
    body = f'<div class="taglib-image-gallery"><h3>Hình ảnh hoạt động năm học 2026-2027</h3>{items}</div>'
    return _simple(request, name="Thư viện ảnh", crumbs=[("Thư viện ảnh", f"{SITE}/thu-vien-anh")],
                   selected="/thu-vien-anh", canonical=f"{SITE}/thu-vien-anh", plid=20175, body=body,
                   pid="com_liferay_image_gallery_display_web_portlet_IGDisplayPortlet_INSTANCE_Ig2WbN6pLs4T")


def doc_entry_page(request: Request) -> Response:
    b = base_url(request)
    body = ('<div class="asset-full-content clearfix"><div class="taglib-header "><span class="header-back-to">'
            f'<a class="icon-circle-arrow-left previous-level" href="{b}{SITE}/tin-tuc" title="Trở về">'
            f'<span class="hide-accessible">Trở về</span></a></span><h3 class="header-title"><span>{esc(DOC["title"])}'
            '</span></h3></div><div class="asset-content"><div class="lfr-asset-summary"><img alt="" '
            f'src="{b}/o/pgdbacninh-theme/images/file_system/large/pdf.png" /> <span>{esc(DOC["desc"])}</span></div>'
            '<div class="lfr-asset-field">Phiên bản 1.0 - 245 KB</div>'
            f'<div class="download-document"><a class="btn btn-default" href="{esc(DOC["file"])}&amp;download=true">'
            'Tải về (245 KB)</a></div></div><div class="asset-metadata"><span class="metadata-entry '
            'metadata-author">Quản Trị PGD</span> <span class="metadata-entry metadata-modified-date">30/11/26</span>'
            "</div></div>")
    return _simple(request, name="Tin tức", crumbs=[("Tin tức", f"{SITE}/tin-tuc"), (DOC["title"], None)],
                   selected="/tin-tuc", canonical=f"{SITE}/tin-tuc", plid=20157, body=body,
                   pid=AP + NEWS_AP, title="Tin tức")


def dead_page(request: Request) -> Response:
    body = ('<div class="alert alert-danger">Nội dung được chọn không còn tồn tại.</div>'
            '<div class="journal-content-article"></div>')
    return _simple(request, name="Thông báo lịch tiếp công dân tháng 12",
                   crumbs=[("Tin tức", f"{SITE}/tin-tuc"), ("Thông báo lịch tiếp công dân tháng 12", DEAD_PATH)],
                   selected="/tin-tuc", canonical=DEAD_PATH, plid=21099, body=body)


def login_page(request: Request) -> Response:
    b = base_url(request)
    page = (f'<!DOCTYPE html><html lang="vi-VN"><head><title>Đăng nhập - {esc(SITE_NAME)}</title>'
            '<meta content="noindex, nofollow" name="robots" /></head><body class="portal-popup">'
            f'<form action="{b}/c/portal/login?p_p_id=com_liferay_login_web_portlet_LoginPortlet&amp;p_p_lifecycle=1" '
            'method="post"><label>Địa chỉ email <input name="_com_liferay_login_web_portlet_LoginPortlet_login" '
            'type="text" /></label><label>Mật khẩu <input name="_com_liferay_login_web_portlet_LoginPortlet_password" '
            'type="password" /></label><button type="submit">Đăng nhập</button></form></body></html>')
    return html(page)


# --- the site ------------------------------------------------------------------------------------

_JS = Response(200, b"/* liferay */", {"Content-Type": "application/javascript"})


def _url_title_key(raw: str) -> str:
    """A url-title as the portal compares it: percent-decoded, any case of the escapes."""
    value = unquote(raw)
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        value = value.encode("latin-1").decode("utf-8")
    return value.lower()


BY_URL_TITLE = {_url_title_key(s.opts["url_title"]): s for s in STORIES}
PAGES = {
    SITE: home_page,
    f"{SITE}/trang-chu": home_page,
    f"{SITE}/tin-tuc": news_page,
    f"{SITE}/gioi-thieu": intro_page,
    f"{SITE}/lanh-dao-phong": leaders_page,
    f"{SITE}/lien-he": contact_page,
    f"{SITE}/van-ban": docs_page,
    f"{SITE}/thu-vien-anh": album_page,
    DOC_PATH: doc_entry_page,
    DEAD_PATH: dead_page,
    "/c/portal/login": login_page,
}


class LiferaySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(SITE)
        if path.startswith("/documents/"):
            parts = path.split("/")
            if len(parts) >= 6 and parts[5].lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if len(parts) >= 6:
                return static_file(parts[5]) or static_file(".jpg")
            return None
        if path.startswith("/image/"):
            return static_file(".jpg")
        if path.startswith("/o/"):
            if path.endswith(".jsp"):
                return _JS
            return static_file(path)
        if path != "/" and path.endswith("/"):
            path = path.rstrip("/")
        if request.method == "POST" and path.startswith(SITE):
            return redirect(path)
        if path in PAGES:
            return PAGES[path](request)
        if path.startswith(f"{SITE}/-/"):
            s = BY_URL_TITLE.get(_url_title_key(path[len(SITE) + 3:]))
            return display_view(request, s) if s else None
        if path.startswith(f"{SITE}/tin-tuc/"):
            rest = path[len(SITE) + 9:]
            if rest in SECTION_NAME:
                return section_page(request, rest)
            if rest in BY_SLUG:
                return article_page(request, BY_SLUG[rest])
            return None
        return static_file(path)


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold ----------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    paths = [display_path(s), print_path(s)]
    if len(_pages_of(s)) > 1:
        paths += [wcd_page_path(s, n) for n in range(1, len(_pages_of(s)) + 1)]
    return paths


GOLD = [
    gold_record(s, page_path(s), SECTION_NAME[s.cat], canonical_path=page_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lanh-dao-phong",
    f"{SITE}/lien-he",
    f"{SITE}/van-ban",
    f"{SITE}/thu-vien-anh",
    DOC_PATH,
    DEAD_PATH,
]
