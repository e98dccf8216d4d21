"""Trường THPT Chuyên Lê Quý Đôn, thành phố Đà Nẵng: Liferay Portal 6.1 CE GA2 (2013), classic
theme recoloured by the school's contractor, Web Content List ("62") portlets for the listings.

Written blind (from a spec naming only platform, institution and URL scheme).

Platform and URL scheme
-----------------------
Site "thpt-chuyen-lqd" (groupId 10184, companyId 10154), public pages under /web/thpt-chuyen-lqd/
with flat friendly URLs: trang-chu, gioi-thieu, tin-tuc ("Tin tức - Sự kiện"), its children
hoat-dong-chuyen-mon and thong-bao, van-ban, thu-vien-anh, lien-he. "/" redirects to the start
page; /web/thpt-chuyen-lqd serves the first page (trang-chu) as Liferay does.

* Listings are Web Content List portlets (62_INSTANCE_<4 chars>) rendering a search-container
  table (taglib-search-iterator: "Tiêu đề | Ngày hiển thị [| Tác giả]") and a page iterator:
  "Đang hiển thị 1 - 4 trong số 15 kết quả.", a delta <select>, "Trang <select> / 4" (JS
  onchange) and the links "Đầu Trước Tiếp Cuối" (spans when disabled). Page n is
  <layout>?p_p_id=62_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view
  &p_p_col_id=column-1&p_p_col_count=2&_62_INSTANCE_<id>_struts_action=%2Fjournal_articles%2Fview
  &_62_INSTANCE_<id>_cur=<n>&_62_INSTANCE_<id>_delta=<d>.
    - home (trang-chu) 62_INSTANCE_hT4q "Tin mới cập nhật": all 15 web contents, delta 4, 4 pages;
      titles link (contractor hook) to the friendly journal_content URL on the article's section.
    - tin-tuc 62_INSTANCE_Nw3p "Danh sách tin": the same 15, delta 10, 2 pages, with the
      "Tác giả" column; titles link to the portlet's own view_article_content (unhooked).
    - hoat-dong-chuyen-mon 62_INSTANCE_cM7z (tag "chuyên môn", 3 items) and thong-bao
      62_INSTANCE_tB2x (structure THONG-BAO, 2 items), 1 page each, friendly links.
* Articles (Web Content Display 56 + a Velocity template of the structure):
    - canonical: /web/thpt-chuyen-lqd/<section>/-/journal_content/56_INSTANCE_<id>/10184/<articleId>
      (tin-tuc 56_INSTANCE_Vb2c, hoat-dong-chuyen-mon 56_INSTANCE_Qz8r, thong-bao 56_INSTANCE_Lk5d);
      the section's list portlet still renders under the article (page 1 of that list);
    - /web/thpt-chuyen-lqd/tin-tuc?p_p_id=62_INSTANCE_Nw3p&...&_62_INSTANCE_Nw3p_struts_action=
      %2Fjournal_articles%2Fview_article_content&_62_INSTANCE_Nw3p_groupId=10184
      &_62_INSTANCE_Nw3p_articleId=<n>&_62_INSTANCE_Nw3p_version=1.0 (from the tin-tuc list);
    - /c/journal/view_article_content?groupId=10184&articleId=<n>&version=1.0: bare content, no
      theme (from the home page's "Thông báo" marquee, for the two notices);
    - print view <section>?p_p_id=56_INSTANCE_<id>&p_p_state=pop_up&..._viewMode=print, only
      inside a javascript: print function (served, in alt_paths).
* Templates: structure TIN-BAI has two templates, "TIN-BAI-2015" (div based: section label,
  <h2> title, "Ngày đăng: dd/MM/yyyy hh:mm:ss SA|CH", optional lead image field, bold TomTat
  sapo, content, author field, source field) and the older "TIN-BAI-2013" (a table: title,
  raw $reserved-article-display-date, content, $TacGia.data); structure THONG-BAO has
  "THONG-BAO" (title, "Ngày đăng: dd/MM/yyyy HH:mm", content, attachment field).
* Other pages: gioi-thieu (intro), lien-he (contact + web form), van-ban (Document Library
  display, PDFs), thu-vien-anh (Media Gallery thumbnails), search (p_p_id=3), sign in
  (/c/portal/login -> p_p_id=58 maximized). Images: /documents/10184/<folder>/<title>/<uuid>?t=…,
  /image/journal/article?img_id=…&t=…, /image/company_logo?…, theme /thpt-lqd-theme/….

How each gold article is reached
--------------------------------
Home list pages 1-4 (links to the canonical URL), tin-tuc list pages 1-2 (62 view URLs), the
section lists (canonical), the sidebar "Tin mới" (5 newest, canonical), the home marquee (bare
/c/journal view of the two notices). Articles 5, 7 and 8 (the oldest three, Oct 2026) are only
on home pages 3-4 and tin-tuc page 2: reachable only via page 2+ of a listing; home page 3 is
reachable only through "Tiếp"/"Trước" links (the page <select> is JavaScript).

Traps
-----
1. (not in README's kinds) rel=canonical lies: Liferay 6.1 strips the portlet parameters when it
   builds the canonical link, so the 62 view_article_content pages (and print views) all declare
   <link rel="canonical" href=".../tin-tuc">, the listing page. Gold: every article keeps its
   journal_content URL as canonical_path; the 62 view is an alt_path, never merged into /tin-tuc.
2. (not in README's kinds) Velocity leftovers: the old TIN-BAI-2013 template prints
   "$TacGia.data" literally when the article predates the author field (article 3). Gold: not an
   author, not body (authors come from "Tin, ảnh: Trần Minh Khoa" in the text -> both lists).
3. (not in README's kinds) Dates in GMT: TIN-BAI-2013 prints $reserved-article-display-date raw,
   RFC 822 in English and in the JVM's GMT ("Fri, 13 Nov 2026 23:20:00 +0000"). Gold: converted
   to Asia/Ho_Chi_Minh ("2026-11-14T06:20:00+07:00", a day later than printed for article 3).
4. (not in README's kinds) Non-news web contents in the lists: the 62 lists list every web
   content of type "news", including the home page's welcome text and the footer block (2013,
   2014) which open at the same journal_content / view_article_content URL shapes as articles.
   Gold: not articles (in NON_ARTICLES).
5. (not in README's kinds) The list's "Tác giả" column is the CMS account that uploaded the
   content (the contractor's "Lê Thị Thu Hà", "Quản trị hệ thống"), not the byline. Gold: authors
   from the article page only.
6. (not in README's kinds) 12-hour clock with Vietnamese markers: TIN-BAI-2015 prints
   "01/12/2026 05:20:00 CH" (CH = chiều, p.m.; SA = sáng, a.m.). Gold: 17:20; "12:00:00 SA" is
   midnight -> the day alone (article 10).
7. Pagination: no numbered links, only a JS <select> and Đầu/Trước/Tiếp/Cuối; the home list's
   page 3 is linked only from pages 2 and 4. Gold: articles 5, 7, 8 only reachable from pages 2+.
8. Duplicates: each article has its canonical URL, the 62 view URL on /tin-tuc (title printed
   twice: taglib-header + template), the print view (JS only), and for the notices the bare
   /c/journal/view_article_content page. Gold: one record each, the others in alt_paths.
9. One article, two breadcrumbs: the 62 view on /tin-tuc shows the breadcrumb "Tin tức - Sự
   kiện" for every article, also for those filed under "Hoạt động chuyên môn" / "Thông báo".
   Gold: category = the section of the canonical page (its breadcrumb's last item, and the
   template's section label for TIN-BAI-2015).
10. Chrome before the headline: the Web Content Display portlet's bordered title
   (<h1 class="portlet-title">Tin tức - Sự kiện</h1>) is the first <h1>; the article title is an
   <h2> (TIN-BAI-2015) or a table cell (TIN-BAI-2013); the 62 view's <title> is the layout's name.
   Gold: the template's title.
11. Boundaries: inside the portlet body, after the article: print icon, star ratings ("Đánh giá
   trung bình (n Phiếu bầu)"), the comments form ("Hãy là người đầu tiên."), then the section's
   whole list portlet. Gold: not body.
12. Captions in CKEditor tables (image row + centred caption row) and in "(…)" lines; a
   caption row reading "Ảnh: Minh Tâm" is a credit (photographer, caption None); a caption above
   its photo (article 10); a lead image printed by the template's image field with its
   caption field (article 6). Gold: captions as printed without parentheses, not body; table
   rows of real data tables (articles 2, 12) are body ("cell | cell").
13. Bylines: "ThS. Hoàng Thị Thu Trang" -> "Hoàng Thị Thu Trang"; "Tin: Lê Bảo Ngọc - Ảnh: Phan
   Gia Huy" -> [Lê Bảo Ngọc] / [Phan Gia Huy]; "Nguyễn Thị Mai Anh (Tổ Ngoại ngữ)" -> name only;
   units signing alone ("Tổ Văn phòng", "Tổ Sinh học", "Bộ phận Giáo vụ", "Ban Giám hiệu") are
   the author as printed.
14. Encodings: article 4 pasted from Word (MsoNormal spans, <o:p>&nbsp;</o:p> spacers, a <br>
   inside a paragraph -> two paragraphs); article 5 stored by the editor with every second
   non-ASCII letter as an HTML entity. Gold: plain NFC text.
15. Images with query-string identities (/image/journal/article?img_id=30740&t=…, /documents/
   …/<uuid>?t=…) printed with &amp;. Gold: the path with its query.
16. Notice as an official document (article 12): letterhead table, "Số:", "Đà Nẵng, ngày 30
   tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and signer; the page's "Ngày đăng:
   02/12/2026 08:00" is the web date. Gold: date "2026-11-30", author the signer, letterhead and
   closing not body; the attachment line not body.

Gold decisions on ambiguous points
----------------------------------
* "Cập nhật: …" after the publication date (article 1) is ignored.
* The TIN-BAI-2015 sapo (bold TomTat div) is the summary and the body's first paragraph; the
  lead image field (article 6) comes first in images.
* A "Theo X" line closing the content in parentheses "(Theo Báo Đà Nẵng)" -> source "Báo Đà
  Nẵng"; "Nguồn: Sở GD&ĐT Đà Nẵng" in the template's source field -> "Sở GD&ĐT Đà Nẵng".
  Body sentences starting "Theo anh …" / "Theo thầy …" are text.
* A footnote call "[1]" stays in its sentence; the "Tài liệu tham khảo" heading and its entry are
  body (article 9). A typed "- " at the start of a notice's lines stays (article 13).
* The YouTube iframe and "Xem thêm: <link>" in article 6 are not body.
* The web contents "Chào mừng …" and "Thông tin chân trang" are not articles (they have no date
  line, no template; they are page furniture listed by mistake).
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
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

NAME = "liferay61_web_content_list_thpt"
PLATFORM = "Liferay Portal 6.1 CE GA2 (Web Content List 62 + Web Content Display 56, Velocity templates)"
SITE = "/web/thpt-chuyen-lqd"
START_PATH = f"{SITE}/trang-chu"

GROUP = 10184
COMPANY = 10154
TODAY_LINE = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THPT chuyên Lê Quý Đôn"

TTSK = "Tin tức - Sự kiện"
HDCM = "Hoạt động chuyên môn"
TB = "Thông báo"

HOME_LIST = "62_INSTANCE_hT4q"
NEWS_LIST = "62_INSTANCE_Nw3p"
HDCM_LIST = "62_INSTANCE_cM7z"
TB_LIST = "62_INSTANCE_tB2x"

#: layout key -> name, plid, list instance, display instance, parent
LAYOUTS: dict[str, dict] = {
    "trang-chu": {"name": "Trang chủ", "plid": 10190, "list": HOME_LIST, "wcd": None},
    "gioi-thieu": {"name": "Giới thiệu", "plid": 10196, "list": None, "wcd": None},
    "tin-tuc": {"name": TTSK, "plid": 10202, "list": NEWS_LIST, "wcd": "56_INSTANCE_Vb2c"},
    "hoat-dong-chuyen-mon": {
        "name": HDCM, "plid": 10208, "list": HDCM_LIST, "wcd": "56_INSTANCE_Qz8r", "parent": "tin-tuc",
    },
    "thong-bao": {"name": TB, "plid": 10214, "list": TB_LIST, "wcd": "56_INSTANCE_Lk5d", "parent": "tin-tuc"},
    "van-ban": {"name": "Văn bản", "plid": 10220, "list": None, "wcd": None},
    "thu-vien-anh": {"name": "Thư viện ảnh", "plid": 10226, "list": None, "wcd": None},
    "lien-he": {"name": "Liên hệ", "plid": 10232, "list": None, "wcd": None},
}
SECTION_LAYOUT = {TTSK: "tin-tuc", HDCM: "hoat-dong-chuyen-mon", TB: "thong-bao"}

_T = "1795146300000"  # a "t=" cache token as Liferay prints it


def doc(folder: int, title: str, uuid: str, t: str = _T) -> str:
    """A Document Library URL as Liferay 6.1 prints it."""
    return f"/documents/{GROUP}/{folder}/{title}/{uuid}?t={t}"


# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1,
        slug="le-ky-niem-20-11",
        title="Trường THPT chuyên Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat=TTSK,
        published_at="2026-11-20T09:45:00+07:00",
        summary=(
            "Sáng ngày 20/11/2026, tại hội trường Khối A, Trường THPT chuyên Lê Quý Đôn đã long trọng tổ chức "
            "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương giáo viên, "
            "học sinh đạt thành tích xuất sắc trong năm học vừa qua."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự buổi lễ có ông Lê Văn Thành, Phó Giám đốc Sở Giáo dục và Đào tạo thành phố Đà Nẵng; "
                "đại diện lãnh đạo phường An Hải, Ban đại diện Cha mẹ học sinh nhà trường; các thế hệ nguyên là "
                "cán bộ quản lý, giáo viên của trường qua các thời kỳ cùng toàn thể cán bộ, giáo viên, nhân viên "
                "và hơn 1.100 học sinh."
            ),
            Img(
                doc(31180, "DSC_0452.JPG", "8d1f6c3e-2b7a-4e55-9f0c-61a2d3b4c5e6"),
                printed="Ông Lê Văn Thành, Phó Giám đốc Sở GD&ĐT phát biểu chúc mừng thầy cô giáo nhà trường",
                caption="Ông Lê Văn Thành, Phó Giám đốc Sở GD&ĐT phát biểu chúc mừng thầy cô giáo nhà trường",
                style="table",
            ),
            P(
                "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, thầy Nguyễn Đức Tâm, Hiệu trưởng nhà trường "
                "nhấn mạnh: trong năm học 2025 - 2026, tập thể sư phạm nhà trường đã nỗ lực vượt khó, hoàn thành "
                "xuất sắc nhiệm vụ năm học với 27 giải học sinh giỏi quốc gia, trong đó có 3 giải Nhất; 2 học "
                "sinh được chọn vào đội tuyển dự thi Olympic quốc tế."
            ),
            P(
                "Phát biểu tại buổi lễ, ông Lê Văn Thành ghi nhận những đóng góp của đội ngũ thầy cô giáo nhà "
                "trường trong công tác phát hiện, bồi dưỡng nhân tài cho thành phố; đồng thời đề nghị nhà trường "
                "tiếp tục đổi mới phương pháp dạy học, chú trọng giáo dục kỹ năng sống và phát triển phẩm chất "
                "cho học sinh."
            ),
            P(
                "Nhân dịp này, nhà trường đã trao Giấy khen cho 18 giáo viên có học sinh đạt giải cấp quốc gia và "
                "35 học sinh đạt thành tích cao trong các kỳ thi học sinh giỏi, khoa học kỹ thuật năm học "
                "2025 - 2026. Ban đại diện Cha mẹ học sinh cũng trao tặng 20 suất học bổng “Tiếp bước Lê Quý Đôn” "
                "cho học sinh có hoàn cảnh khó khăn vươn lên học tốt."
            ),
            Img(
                doc(31180, "DSC_0517.JPG", "0a93be41-77c2-4d1e-8a35-2f6e9d1c0b47"),
                printed="Ảnh: Minh Tâm",
                caption=None,
                style="table",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp chuyên dàn dựng, với "
                "nhiều tiết mục ca ngợi công ơn thầy cô và mái trường thân yêu."
            ),
        ],
        authors=["Hoàng Thị Thu Trang"],
        photographers=["Minh Tâm"],
        opts={
            "aid": 31207,
            "tpl": "A",
            "display": "20/11/2026 09:45",
            "date_line": "Ngày đăng: 20/11/2026 09:45:00 SA",
            "edited_line": "Cập nhật: 22/11/2026 04:05:00 CH",
            "author_line": "ThS. Hoàng Thị Thu Trang",
            "uploader": "Lê Thị Thu Hà",
        },
    ),
    Story(
        id=2,
        slug="hsg-thanh-pho-lop-12",
        title="Học sinh nhà trường giành 106 giải tại Kỳ thi chọn học sinh giỏi lớp 12 cấp thành phố năm học 2026 - 2027",
        cat=TTSK,
        published_at="2026-11-27T16:10:00+07:00",
        summary=(
            "Kết quả Kỳ thi chọn học sinh giỏi lớp 12 cấp thành phố năm học 2026 - 2027 vừa được Sở GD&ĐT công "
            "bố, học sinh Trường THPT chuyên Lê Quý Đôn đạt 106 giải, trong đó có 41 giải Nhất, dẫn đầu toàn "
            "thành phố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi diễn ra trong hai ngày 18 và 19/11/2026 với 7 môn thi: Toán, Vật lý, Hóa học, Sinh học, "
                "Tin học, Ngữ văn và Tiếng Anh. Nhà trường có 115 học sinh dự thi, tỉ lệ đạt giải 92,2%. Kết quả "
                "cụ thể như sau:"
            ),
            P("Môn thi | Nhất | Nhì | Ba | Khuyến khích", style="th"),
            P("Toán | 6 | 5 | 3 | 1", style="tr"),
            P("Vật lý | 5 | 4 | 4 | 2", style="tr"),
            P("Hóa học | 7 | 3 | 2 | 2", style="tr"),
            P("Sinh học | 4 | 5 | 3 | 1", style="tr"),
            P("Tin học | 5 | 3 | 2 | 0", style="tr"),
            P("Ngữ văn | 4 | 6 | 3 | 2", style="tr"),
            P("Tiếng Anh | 10 | 6 | 5 | 3", style="tr"),
            P(
                "So với năm học trước, số lượng giải Nhất tăng 9 giải; đặc biệt môn Tiếng Anh có 10 giải Nhất, "
                "môn Hóa học có 7 giải Nhất."
            ),
            P(
                "Kỳ thi cũng là cơ sở để nhà trường tuyển chọn đội tuyển dự thi học sinh giỏi quốc gia, dự kiến "
                "tổ chức vào đầu tháng 01/2027. Hiện các tổ chuyên môn đã xây dựng kế hoạch bồi dưỡng, mời giảng "
                "viên các trường đại học tham gia giảng dạy."
            ),
        ],
        authors=["Bộ phận Giáo vụ"],
        source="Sở GD&ĐT Đà Nẵng",
        opts={
            "aid": 31544,
            "tpl": "A",
            "display": "27/11/2026 16:10",
            "date_line": "Ngày đăng: 27/11/2026 04:10:00 CH",
            "author_line": "Bộ phận Giáo vụ",
            "source_line": "Nguồn: Sở GD&ĐT Đà Nẵng",
            "uploader": "Lê Thị Thu Hà",
        },
    ),
    Story(
        id=3,
        slug="hoi-thao-giao-vien",
        title="Sôi nổi Hội thao cán bộ, giáo viên chào mừng Ngày Nhà giáo Việt Nam",
        cat=TTSK,
        published_at="2026-11-14T06:20:00+07:00",
        blocks=[
            P(
                "Nhằm thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, trong hai ngày 12 và "
                "13/11/2026, Công đoàn Trường THPT chuyên Lê Quý Đôn đã tổ chức Hội thao cán bộ, giáo viên, nhân "
                "viên với sự tham gia của 112 vận động viên đến từ 12 tổ công đoàn."
            ),
            P(
                "Hội thao gồm các nội dung: bóng chuyền hơi nam nữ phối hợp, cầu lông, kéo co và cờ tướng. Các "
                "trận đấu diễn ra sôi nổi, hào hứng trong tinh thần đoàn kết, trung thực và cao thượng, thu hút "
                "đông đảo học sinh đến cổ vũ."
            ),
            Img(
                doc(30950, "hoithao-keoco.jpg", "3c5d9e12-6a4b-4f07-b1c8-77e2a9d04f31"),
                printed="(Phần thi kéo co giữa tổ Toán - Tin và tổ Ngữ văn)",
                caption="Phần thi kéo co giữa tổ Toán - Tin và tổ Ngữ văn",
                style="below-em",
            ),
            P(
                "Kết thúc hội thao, Ban tổ chức đã trao giải Nhất toàn đoàn cho tổ công đoàn Thể dục - Quốc "
                "phòng, giải Nhì cho tổ Hóa học và giải Ba cho tổ Ngoại ngữ. Ở nội dung cờ tướng, thầy Phan Văn "
                "Lộc (tổ Vật lý) xuất sắc giành ngôi vô địch sau khi vượt qua 15 đối thủ."
            ),
            Img(
                doc(30950, "hoithao-traogiai.jpg", "f04a7b2c-1d9e-4c36-8b5a-2e6f3d8c9a10"),
                printed="(Ban tổ chức trao giải cho các đội đạt thành tích cao)",
                caption="Ban tổ chức trao giải cho các đội đạt thành tích cao",
                style="below-em",
            ),
            P(
                "Theo đồng chí Chủ tịch Công đoàn trường, hội thao là dịp để cán bộ, giáo viên rèn luyện sức "
                "khỏe, giao lưu, thắt chặt tình đoàn kết sau những giờ lên lớp căng thẳng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Minh Khoa</strong></p>'),
        ],
        authors=["Trần Minh Khoa"],
        photographers=["Trần Minh Khoa"],
        opts={
            "aid": 30982,
            "tpl": "B",
            "display": "14/11/2026 06:20",
            "date_line": "Fri, 13 Nov 2026 23:20:00 +0000",
            "author_line": None,
            "uploader": "Nguyễn Văn Phúc",
        },
    ),
    Story(
        id=4,
        slug="ao-am-tay-giang",
        title="Đoàn trường trao tặng 500 áo ấm cho học sinh vùng cao Tây Giang",
        cat=TTSK,
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Trong hai ngày 28 và 29/11/2026, Đoàn TNCS Hồ Chí Minh Trường THPT chuyên Lê Quý Đôn đã phối hợp "
            "với Đoàn xã Tây Giang tổ chức chương trình tình nguyện “Áo ấm cho em” tại các điểm trường vùng "
            "cao của xã."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn công tác gồm 35 đoàn viên, giáo viên do thầy Võ Minh Quân, Bí thư Đoàn trường làm trưởng "
                "đoàn. Toàn bộ 500 chiếc áo ấm, 300 suất quà gồm sách vở, đồ dùng học tập và 2 tấn gạo được quyên "
                "góp từ phong trào “Mỗi lớp một tấm lòng” do Đoàn trường phát động từ đầu tháng 11."
            ),
            P(
                "Tại điểm trường A Xan, đoàn đã trao quà, tổ chức sinh hoạt tập thể, hướng dẫn các em kỹ năng "
                "phòng tránh đuối nước và giao lưu văn nghệ."
            ),
            P(
                "Buổi tối, đoàn viên cùng các em học sinh bán trú nấu bữa cơm chung, đốt lửa trại trong tiết trời "
                "se lạnh của vùng núi Trường Sơn.",
                style="br",
            ),
            Img(
                doc(31790, "IMG_20261129_093512.jpg", "5be81f0d-3c2a-47d9-9e61-0c4b8a7f2d53"),
                printed="Đoàn viên trao áo ấm cho học sinh điểm trường A Xan",
                caption="Đoàn viên trao áo ấm cho học sinh điểm trường A Xan",
                style="word",
            ),
            P(
                "Chia sẻ sau chuyến đi, em Nguyễn Hoàng Bảo Châu, lớp 11 Anh, cho biết: “Được tận tay trao những "
                "chiếc áo ấm cho các em nhỏ, chúng em hiểu hơn về cuộc sống còn nhiều khó khăn của đồng bào vùng "
                "cao và càng thấy trân trọng những điều kiện học tập mình đang có”."
            ),
            P(
                "Chương trình “Áo ấm cho em” là hoạt động tình nguyện thường niên của Đoàn trường, đến nay đã "
                "bước sang năm thứ 9 với tổng trị giá quà tặng hơn 1,2 tỷ đồng."
            ),
        ],
        authors=["Lê Bảo Ngọc"],
        photographers=["Phan Gia Huy"],
        opts={
            "aid": 31821,
            "tpl": "A",
            "word": True,
            "display": "03/12/2026 14:30",
            "date_line": "Ngày đăng: 03/12/2026 02:30:00 CH",
            "author_line": "Tin: Lê Bảo Ngọc - Ảnh: Phan Gia Huy",
            "uploader": "Lê Thị Thu Hà",
        },
    ),
    Story(
        id=5,
        slug="giao-luu-horikawa",
        title="Giao lưu với đoàn giáo viên, học sinh Trường THPT Horikawa (Kyoto, Nhật Bản)",
        cat=TTSK,
        published_at="2026-10-22T15:45:00+07:00",
        blocks=[
            P(
                "Chiều 21/10/2026, Trường THPT chuyên Lê Quý Đôn đã đón tiếp và làm việc với đoàn gồm 8 giáo viên "
                "và 24 học sinh Trường THPT Horikawa, thành phố Kyoto, Nhật Bản, trong khuôn khổ chương trình hợp "
                "tác giáo dục giữa hai trường được ký kết từ năm 2019."
            ),
            P(
                "Tại buổi làm việc, thầy Nguyễn Đức Tâm, Hiệu trưởng nhà trường giới thiệu với đoàn về lịch sử "
                "hình thành, quy mô đào tạo và những thành tích nổi bật của nhà trường. Phía đoàn Horikawa, thầy "
                "Yamamoto Kenji, Phó Hiệu trưởng, bày tỏ ấn tượng với phong trào nghiên cứu khoa học và khả năng "
                "ngoại ngữ của học sinh Lê Quý Đôn."
            ),
            Img(
                "/image/journal/article?img_id=30421&t=1792655100000",
                printed="Học sinh hai trường trong tiết học trải nghiệm môn Hóa học",
                caption="Học sinh hai trường trong tiết học trải nghiệm môn Hóa học",
                style="below-em",
            ),
            P(
                "Trong chương trình, học sinh hai trường cùng tham gia tiết học trải nghiệm môn Hóa học và Tin "
                "học, thi gói bánh chưng, viết thư pháp và trình diễn áo dài. Buổi giao lưu kết thúc với tiết mục "
                "hợp xướng bài hát “Sakura” và “Việt Nam quê hương tôi” do học sinh hai nước cùng biểu diễn."
            ),
            P(
                "Dịp này, hai trường đã trao đổi kế hoạch tổ chức chương trình trao đổi học sinh ngắn hạn vào "
                "tháng 3/2027, theo đó 15 học sinh của trường sẽ sang học tập, trải nghiệm tại Kyoto trong hai "
                "tuần."
            ),
        ],
        authors=["Nguyễn Thị Mai Anh"],
        opts={
            "aid": 30415,
            "tpl": "B",
            "entities": 2,
            "display": "22/10/2026 15:45",
            "date_line": "Thu, 22 Oct 2026 08:45:00 +0000",
            "author_line": "Nguyễn Thị Mai Anh (Tổ Ngoại ngữ)",
            "uploader": "Nguyễn Văn Phúc",
        },
    ),
    Story(
        id=6,
        slug="ngay-hoi-stem",
        title="Ngày hội STEM lần thứ V: 48 sản phẩm sáng tạo của học sinh",
        cat=TTSK,
        published_at="2026-11-06T10:00:00+07:00",
        summary=(
            "Ngày 05/11/2026, Trường THPT chuyên Lê Quý Đôn tổ chức Ngày hội STEM lần thứ V với chủ đề “Khoa học "
            "vì cộng đồng”, trưng bày 48 sản phẩm nghiên cứu, sáng tạo của học sinh các khối lớp."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/image/journal/article?img_id=30740&t=1794195600000",
                printed="Các đại biểu tham quan gian trưng bày sản phẩm của lớp 11 Tin",
                caption="Các đại biểu tham quan gian trưng bày sản phẩm của lớp 11 Tin",
                style="lead",
            ),
            P(
                "Các sản phẩm tập trung vào những vấn đề gần gũi với đời sống như: hệ thống cảnh báo ngập lụt sử "
                "dụng cảm biến mực nước, máy lọc nước nhiễm mặn dùng năng lượng mặt trời, ứng dụng nhận diện rác "
                "thải bằng trí tuệ nhân tạo, chế phẩm sinh học xử lý mùi hôi từ vỏ thanh long..."
            ),
            P(
                "Đáng chú ý, sản phẩm “Thiết bị hỗ trợ người khiếm thị di chuyển” của nhóm học sinh lớp 12 Lý đã "
                "thu hút sự quan tâm của đông đảo khách tham quan. Thiết bị sử dụng cảm biến siêu âm gắn trên gậy, "
                "phát tín hiệu rung khi phát hiện vật cản trong phạm vi 2 mét."
            ),
            Raw(
                '<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="315" '
                'src="https://www.youtube.com/embed/Xq3fLqd2026" width="560"></iframe></p>'
            ),
            P(
                "Ban giám khảo gồm các giảng viên Trường Đại học Bách khoa - Đại học Đà Nẵng đã chọn ra 10 sản "
                "phẩm xuất sắc nhất để tiếp tục hoàn thiện, tham dự Cuộc thi Khoa học kỹ thuật cấp thành phố dành "
                "cho học sinh trung học năm học 2026 - 2027."
            ),
            Raw(
                '<p><strong>Xem thêm: </strong><a href="https://baodanang.vn/giao-duc/cuoc-thi-khkt-2026.html" '
                'target="_blank">Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học năm 2026</a></p>'
            ),
        ],
        authors=["Trần Quốc Bảo"],
        opts={
            "aid": 30733,
            "tpl": "A",
            "display": "06/11/2026 10:00",
            "date_line": "Ngày đăng: 06/11/2026 10:00:00 SA",
            "author_line": "Trần Quốc Bảo",
            "uploader": "Lê Thị Thu Hà",
        },
    ),
    Story(
        id=7,
        slug="hoi-nghi-cbvc",
        title="Hội nghị cán bộ, viên chức, người lao động năm học 2026 - 2027",
        cat=TTSK,
        published_at="2026-10-09T07:30:00+07:00",
        blocks=[
            P(
                "Sáng 08/10/2026, Trường THPT chuyên Lê Quý Đôn tổ chức Hội nghị cán bộ, viên chức, người lao "
                "động năm học 2026 - 2027. Tham dự hội nghị có 126 cán bộ, giáo viên, nhân viên của nhà trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học 2026 - "
                "2027; báo cáo công khai tài chính và báo cáo hoạt động của Ban Thanh tra nhân dân. Năm học 2026 "
                "- 2027, nhà trường đề ra một số chỉ tiêu chủ yếu:"
            ),
            P(
                "100% học sinh xếp loại rèn luyện Khá, Tốt; tỉ lệ học sinh có kết quả học tập Tốt đạt từ 85% trở "
                "lên.",
                style="li",
            ),
            P(
                "Đạt từ 25 giải học sinh giỏi quốc gia trở lên; phấn đấu có học sinh dự thi Olympic khu vực và "
                "quốc tế.",
                style="li",
            ),
            P("100% học sinh lớp 12 tốt nghiệp THPT, trên 95% trúng tuyển vào các trường đại học.", style="li"),
            P(
                "Mỗi tổ chuyên môn có ít nhất 02 chuyên đề dạy học theo định hướng phát triển năng lực.",
                style="li",
            ),
            P(
                "Tại hội nghị, các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết về công tác bồi dưỡng "
                "học sinh giỏi, đổi mới kiểm tra đánh giá, chuyển đổi số trong quản lý và nâng cao đời sống cán "
                "bộ, giáo viên."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ cơ sở năm học 2026 - "
                "2027, bầu Ban Thanh tra nhân dân nhiệm kỳ mới và ký kết giao ước thi đua giữa các tổ chuyên môn."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "aid": 30108,
            "tpl": "B",
            "display": "09/10/2026 07:30",
            "date_line": "Fri, 09 Oct 2026 00:30:00 +0000",
            "author_line": "Tổ Văn phòng",
            "uploader": "Nguyễn Văn Phúc",
        },
    ),
    Story(
        id=8,
        slug="toa-dam-huong-nghiep",
        title="Tọa đàm hướng nghiệp “Chọn ngành - Chọn tương lai” cho học sinh khối 12",
        cat=TTSK,
        published_at="2026-10-16T14:00:00+07:00",
        summary=(
            "Chiều 15/10/2026, hơn 380 học sinh khối 12 Trường THPT chuyên Lê Quý Đôn đã tham gia buổi tọa đàm "
            "hướng nghiệp “Chọn ngành - Chọn tương lai” với các chuyên gia đến từ Đại học Đà Nẵng và doanh "
            "nghiệp công nghệ trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            P("Những ngành học “hot” chưa chắc phù hợp", style="h3"),
            P(
                "Mở đầu buổi tọa đàm, PGS.TS Lê Thị Thanh Vân, Trưởng phòng Đào tạo Trường Đại học Kinh tế - Đại "
                "học Đà Nẵng khuyên học sinh không nên chạy theo những ngành học đang thịnh hành mà cần tìm hiểu "
                "kỹ năng lực, sở thích của bản thân cũng như nhu cầu nhân lực của thị trường lao động trong 5 - "
                "10 năm tới."
            ),
            P(
                "Nhiều câu hỏi của học sinh xoay quanh các ngành công nghệ bán dẫn, trí tuệ nhân tạo, logistics và "
                "du lịch - những lĩnh vực thành phố Đà Nẵng đang ưu tiên phát triển."
            ),
            P("Học sinh chuyên cần chuẩn bị gì?", style="h3"),
            P(
                "Theo anh Đỗ Minh Khang, cựu học sinh khóa 2010 - 2013, hiện là Giám đốc kỹ thuật một công ty phần "
                "mềm, bên cạnh kiến thức chuyên môn, học sinh cần sớm rèn luyện ngoại ngữ, kỹ năng làm việc nhóm "
                "và tư duy tự học."
            ),
            P(
                "Dịp này, Ban tổ chức đã giới thiệu phương thức xét tuyển năm 2027 của các trường thành viên Đại "
                "học Đà Nẵng và trao 10 suất học bổng hướng nghiệp cho học sinh có thành tích học tập tốt."
            ),
            Raw('<p style="text-align: right;"><em>(Theo Báo Đà Nẵng)</em></p>'),
        ],
        authors=["Phạm Thị Diệu Linh"],
        source="Báo Đà Nẵng",
        opts={
            "aid": 30291,
            "tpl": "A",
            "display": "16/10/2026 14:00",
            "date_line": "Ngày đăng: 16/10/2026 02:00:00 CH",
            "author_line": "Phạm Thị Diệu Linh",
            "uploader": "Lê Thị Thu Hà",
        },
    ),
    Story(
        id=9,
        slug="hoi-thao-toan",
        title="Hội thảo chuyên đề “Dạy học phát triển năng lực môn Toán cho học sinh trường chuyên”",
        cat=HDCM,
        published_at="2026-11-30T08:00:00+07:00",
        summary=(
            "Ngày 28/11/2026, tổ Toán Trường THPT chuyên Lê Quý Đôn phối hợp với Hội Toán học Đà Nẵng tổ chức "
            "hội thảo chuyên đề “Dạy học phát triển năng lực môn Toán cho học sinh trường chuyên” với sự tham "
            "gia của gần 90 giáo viên đến từ các trường THPT chuyên khu vực miền Trung - Tây Nguyên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhận được 23 báo cáo tham luận, tập trung vào ba nhóm vấn đề: xây dựng chuyên đề dạy "
                "học theo Chương trình giáo dục phổ thông 2018; bồi dưỡng năng lực giải quyết vấn đề và sáng tạo "
                "qua các bài toán mở; ứng dụng phần mềm GeoGebra, Python trong dạy học hình học và tổ hợp."
            ),
            P(
                "Báo cáo đề dẫn của tổ Toán nhà trường khẳng định việc đổi mới phải bắt đầu từ khâu thiết kế "
                "nhiệm vụ học tập, sao cho học sinh được đặt vào tình huống cần khám phá, phát biểu giả thuyết và "
                "tự kiểm chứng.[1]"
            ),
            P(
                "Chia sẻ tại hội thảo, GS.TSKH Phạm Hữu Nghị (Hội Toán học Việt Nam) đánh giá cao tính thực tiễn "
                "của các báo cáo; đồng thời đề nghị các trường chuyên tăng cường sinh hoạt chuyên môn liên "
                "trường, chia sẻ ngân hàng bài tập và kinh nghiệm bồi dưỡng đội tuyển:"
            ),
            P(
                "“Học sinh chuyên không chỉ cần giải được bài khó, mà cần biết đặt ra câu hỏi hay. Người thầy phải "
                "là người gợi mở chứ không phải người giải hộ.”",
                style="quote",
            ),
            P(
                "Kết thúc hội thảo, Ban tổ chức đã chọn 12 báo cáo có chất lượng để biên tập thành kỷ yếu, gửi đến "
                "các trường làm tài liệu tham khảo."
            ),
            P("Tài liệu tham khảo", style="h4"),
            P(
                "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Toán, ban hành kèm theo "
                "Thông tư số 32/2018/TT-BGDĐT.",
                style="note",
            ),
        ],
        authors=["Lương Văn Hùng"],
        opts={
            "aid": 31612,
            "tpl": "A",
            "display": "30/11/2026 08:00",
            "date_line": "Ngày đăng: 30/11/2026 08:00:00 SA",
            "author_line": "TS. Lương Văn Hùng - Tổ trưởng tổ Toán",
            "uploader": "Lê Thị Thu Hà",
        },
    ),
    Story(
        id=10,
        slug="to-sinh-nghien-cuu-bai-hoc",
        title="Tổ Sinh học sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
        cat=HDCM,
        published_at="2026-10-28",
        blocks=[
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, ngày 26/10/2026, tổ Sinh học đã tổ "
                "chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học với bài dạy minh họa “Quang hợp ở "
                "thực vật” (Sinh học 11) tại lớp 11 Sinh."
            ),
            P(
                "Tiết dạy do cô Trương Thị Ngọc Hân thực hiện, được thiết kế theo mô hình lớp học đảo ngược: học "
                "sinh tìm hiểu trước lý thuyết qua video và phiếu học tập trên hệ thống LMS của trường, thời gian "
                "trên lớp dành cho thí nghiệm tách chiết sắc tố và thảo luận nhóm."
            ),
            Img(
                doc(30552, "sinh11-thi-nghiem.jpg", "a7c3e9b1-0f2d-4b68-95e4-d13c6b2a8f70", "1793158200000"),
                printed="Học sinh lớp 11 Sinh thực hiện thí nghiệm tách chiết sắc tố quang hợp",
                caption="Học sinh lớp 11 Sinh thực hiện thí nghiệm tách chiết sắc tố quang hợp",
                style="above",
            ),
            P(
                "Trong phần thảo luận sau tiết dạy, các giáo viên tập trung phân tích hoạt động học của học sinh: "
                "thời điểm học sinh gặp khó khăn, cách các nhóm phối hợp, những câu hỏi gợi mở nào thực sự hiệu "
                "quả. Nhiều ý kiến đề xuất điều chỉnh thời lượng thí nghiệm và bổ sung phiếu đánh giá đồng đẳng."
            ),
            P(
                "Thông qua buổi sinh hoạt, tổ chuyên môn thống nhất nhân rộng mô hình lớp học đảo ngược cho các "
                "chủ đề thực hành ở khối 10 và 11 trong học kỳ I."
            ),
        ],
        authors=["Tổ Sinh học"],
        opts={
            "aid": 30560,
            "tpl": "A",
            "display": "28/10/2026 00:00",
            "date_line": "Ngày đăng: 28/10/2026 12:00:00 SA",
            "author_line": "Tổ Sinh học",
            "uploader": "Nguyễn Văn Phúc",
        },
    ),
    Story(
        id=11,
        slug="tap-huan-doi-tuyen-vat-ly",
        title="Chuyên gia Đại học Sư phạm bồi dưỡng đội tuyển Vật lý dự thi học sinh giỏi quốc gia",
        cat=HDCM,
        published_at="2026-12-01T17:20:00+07:00",
        summary=(
            "Từ ngày 23/11 đến 01/12/2026, đội tuyển Vật lý của nhà trường đã tham gia đợt tập huấn chuyên sâu "
            "do PGS.TS Đặng Văn Thành, Trường Đại học Sư phạm - Đại học Đà Nẵng trực tiếp giảng dạy."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đội tuyển năm nay gồm 10 học sinh lớp 11 và 12, được tuyển chọn qua kỳ thi học sinh giỏi cấp "
                "thành phố và hai vòng kiểm tra của nhà trường. Nội dung tập huấn tập trung vào các chuyên đề cơ "
                "học vật rắn, điện từ học, quang học sóng và phương pháp giải bài tập thí nghiệm."
            ),
            Img(
                doc(31690, "doi-tuyen-ly-2026.jpg", "6e2b0c4d-98a1-4f3e-b7d2-5c1a0e9f8b64"),
                printed="Ảnh: Võ Thanh Hải",
                caption=None,
                style="credit",
            ),
            P(
                "Bên cạnh các buổi lý thuyết, học sinh được thực hành tại Phòng thí nghiệm Vật lý đại cương của "
                "Trường Đại học Sư phạm với các bài đo hệ số nhớt, khảo sát dao động tắt dần và xác định bước "
                "sóng ánh sáng bằng giao thoa kế."
            ),
            P(
                "Theo thầy Huỳnh Văn Phước, Tổ trưởng tổ Vật lý, sau đợt tập huấn, đội tuyển sẽ tiếp tục làm các "
                "đề thi thử theo cấu trúc mới và tham gia giao lưu trực tuyến với đội tuyển các trường chuyên "
                "trong khu vực."
            ),
            P("Kỳ thi chọn học sinh giỏi quốc gia THPT năm học 2026 - 2027 dự kiến diễn ra vào tháng 01/2027."),
        ],
        authors=["Võ Thanh Hải"],
        photographers=["Võ Thanh Hải"],
        opts={
            "aid": 31705,
            "tpl": "A",
            "display": "01/12/2026 17:20",
            "date_line": "Ngày đăng: 01/12/2026 05:20:00 CH",
            "author_line": "Võ Thanh Hải",
            "uploader": "Lê Thị Thu Hà",
        },
    ),
    Story(
        id=12,
        slug="tb-kiem-tra-hk1",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat=TB,
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
                '<td style="width: 45%; text-align: center;">SỞ GIÁO DỤC VÀ ĐÀO TẠO<br />THÀNH PHỐ ĐÀ NẴNG<br />'
                "<strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 215/TB-LQĐ</td>'
                '<td style="text-align: center;"><em>Đà Nẵng, ngày 30 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 1875/KH-SGDĐT ngày 15/8/2026 của Sở Giáo dục và Đào tạo thành phố Đà Nẵng về "
                "thực hiện nhiệm vụ năm học 2026 - 2027;"
            ),
            P(
                "Căn cứ kế hoạch giáo dục của nhà trường năm học 2026 - 2027, Trường THPT chuyên Lê Quý Đôn thông "
                "báo lịch kiểm tra cuối học kỳ I như sau:"
            ),
            P("1. Thời gian kiểm tra tập trung: từ ngày 21/12/2026 đến ngày 25/12/2026."),
            P("2. Lịch kiểm tra các môn:"),
            P("Ngày | Buổi sáng | Buổi chiều", style="th"),
            P("21/12/2026 | Ngữ văn | Lịch sử", style="tr"),
            P("22/12/2026 | Toán | Địa lý", style="tr"),
            P("23/12/2026 | Tiếng Anh | Vật lý", style="tr"),
            P("24/12/2026 | Hóa học | Sinh học", style="tr"),
            P("25/12/2026 | Tin học | Giáo dục kinh tế và pháp luật", style="tr"),
            P(
                "3. Các môn Giáo dục thể chất, Giáo dục quốc phòng và an ninh, Hoạt động trải nghiệm, hướng "
                "nghiệp kiểm tra theo thời khóa biểu từ ngày 14/12/2026."
            ),
            P(
                "4. Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; học sinh có mặt "
                "tại phòng kiểm tra trước giờ kiểm tra 15 phút."
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
                "- Như trên;<br />- Website trường;<br />- Lưu: VT.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br />'
                "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(đã ký)</em><br /><br />"
                "<strong>Trần Đình Phú</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Trần Đình Phú"],
        opts={
            "aid": 31680,
            "tpl": "C",
            "display": "02/12/2026 08:00",
            "date_line": "Ngày đăng: 02/12/2026 08:00",
            "attachment": (
                doc(31650, "TB+215-LQD+lich+kiem+tra+HKI.pdf", "2b0c7e5a-4d13-4a8f-9c62-e0b3f7a1d845"),
                "TB 215-LQĐ lịch kiểm tra HKI.pdf",
                "182k",
            ),
            "uploader": "Lê Thị Thu Hà",
        },
    ),
    Story(
        id=13,
        slug="tb-nghi-hoc-bao",
        title="Thông báo cho học sinh nghỉ học để phòng, chống bão số 13",
        cat=TB,
        published_at="2026-11-05T15:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Công điện khẩn của Chủ tịch UBND thành phố Đà Nẵng về việc chủ động ứng phó với bão số "
                "13, Ban Giám hiệu Trường THPT chuyên Lê Quý Đôn thông báo:"
            ),
            P(
                "- Toàn bộ học sinh các khối lớp nghỉ học từ chiều thứ Năm, ngày 05/11/2026 đến hết ngày thứ "
                "Bảy, 07/11/2026."
            ),
            P(
                "- Học sinh nội trú được bố trí ở lại ký túc xá, có giáo viên trực 24/24 giờ; cha mẹ có nhu cầu "
                "đón con về nhà liên hệ giáo viên quản lý nội trú trước 17 giờ 00 ngày 05/11/2026."
            ),
            P(
                "- Giáo viên chủ nhiệm thông báo kịp thời đến học sinh, cha mẹ học sinh; nhắc nhở học sinh không "
                "ra khỏi nhà khi có mưa to, gió lớn, không đến gần khu vực sông, biển."
            ),
            P(
                "Thời gian đi học trở lại sẽ được nhà trường thông báo sau trên website và nhóm Zalo của các "
                "lớp."
            ),
            Raw('<p style="text-align: right;"><strong>Ban Giám hiệu</strong></p>'),
        ],
        authors=["Ban Giám hiệu"],
        opts={
            "aid": 30701,
            "tpl": "C",
            "display": "05/11/2026 15:00",
            "date_line": "Ngày đăng: 05/11/2026 15:00",
            "uploader": "Nguyễn Văn Phúc",
        },
    ),
]

#: web contents of type "news" that are page furniture, not articles (trap 4)
FURNITURE = [
    {
        "aid": 10712,
        "title": "Chào mừng quý vị đến với Website Trường THPT chuyên Lê Quý Đôn",
        "display": "05/09/2013 08:00",
        "uploader": "Quản trị hệ thống",
        "html": (
            '<p style="text-align: justify;"><img alt="" src="/documents/10184/10650/cong-truong.jpg/'
            '9a1b2c3d-4e5f-4071-8293-a4b5c6d7e8f9?t=1378342800000" style="float: left; margin: 0 10px 5px 0; '
            'width: 180px;" />Trường THPT chuyên Lê Quý Đôn là trường trung học phổ thông chuyên của thành phố '
            "Đà Nẵng, có nhiệm vụ phát hiện, bồi dưỡng học sinh có năng khiếu, góp phần đào tạo nguồn nhân lực "
            "chất lượng cao cho thành phố và đất nước.</p>"
            '<p style="text-align: justify;">Website là kênh thông tin chính thức của nhà trường, cung cấp tin '
            "tức, thông báo, văn bản và các hoạt động dạy và học đến cán bộ, giáo viên, học sinh, cha mẹ học "
            "sinh và những ai quan tâm. Trân trọng cảm ơn quý vị đã ghé thăm!</p>"
        ),
    },
    {
        "aid": 10935,
        "title": "Thông tin chân trang",
        "display": "10/01/2014 09:30",
        "uploader": "Quản trị hệ thống",
        "html": (
            "<p><strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN - THÀNH PHỐ ĐÀ NẴNG</strong></p>"
            "<p>Địa chỉ: Số 01 Vũ Văn Dũng, phường An Hải, thành phố Đà Nẵng</p>"
            "<p>Điện thoại: (0236) 3 943 426 - Fax: (0236) 3 943 427 - Email: thptchuyenlqd@danang.edu.vn</p>"
            "<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Đức Tâm</p>"
        ),
    },
]

BY_AID: dict[int, Story] = {s.opts["aid"]: s for s in STORIES}
FURN_BY_AID: dict[int, dict] = {f["aid"]: f for f in FURNITURE}


def _sort_key(display: str) -> tuple:
    d, t = display.split()
    dd, mm, yy = d.split("/")
    return (yy, mm, dd, t)


#: every web content the lists show, newest first: ("story", Story) or ("furn", dict)
ENTRIES: list[tuple[str, object]] = sorted(
    [("story", s) for s in STORIES] + [("furn", f) for f in FURNITURE],
    key=lambda e: _sort_key(e[1].opts["display"] if e[0] == "story" else e[1]["display"]),
    reverse=True,
)


def _entry_aid(entry: tuple[str, object]) -> int:
    kind, obj = entry
    return obj.opts["aid"] if kind == "story" else obj["aid"]


def _entry_title(entry: tuple[str, object]) -> str:
    kind, obj = entry
    return obj.title if kind == "story" else obj["title"]


def _entry_display(entry: tuple[str, object]) -> str:
    kind, obj = entry
    return obj.opts["display"] if kind == "story" else obj["display"]


def _entry_uploader(entry: tuple[str, object]) -> str:
    kind, obj = entry
    return obj.opts["uploader"] if kind == "story" else obj["uploader"]


# --- URLs -----------------------------------------------------------------------------------


def layout_url(key: str) -> str:
    return f"{SITE}/{key}"


def friendly_url(aid: int, layout: str | None = None) -> str:
    """The Web Content Display friendly URL of a web content (canonical for the articles)."""
    if layout is None:
        story = BY_AID.get(aid)
        layout = SECTION_LAYOUT[story.cat] if story else "tin-tuc"
    wcd = LAYOUTS[layout]["wcd"]
    return f"{SITE}/{layout}/-/journal_content/{wcd}/{GROUP}/{aid}"


def list_url(layout: str, cur: int, delta: int) -> str:
    inst = LAYOUTS[layout]["list"]
    return (
        f"{SITE}/{layout}?p_p_id={inst}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_count=2&_{inst}_struts_action=%2Fjournal_articles%2Fview"
        f"&_{inst}_cur={cur}&_{inst}_delta={delta}"
    )


def view62_url(aid: int) -> str:
    """The tin-tuc list's own view of a web content (unhooked 62 portlet)."""
    i = NEWS_LIST
    return (
        f"{SITE}/tin-tuc?p_p_id={i}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1"
        f"&p_p_col_count=2&_{i}_struts_action=%2Fjournal_articles%2Fview_article_content"
        f"&_{i}_groupId={GROUP}&_{i}_articleId={aid}&_{i}_version=1.0"
    )


def print_url(aid: int) -> str:
    layout = SECTION_LAYOUT[BY_AID[aid].cat]
    w = LAYOUTS[layout]["wcd"]
    return (
        f"{SITE}/{layout}?p_p_id={w}&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view"
        f"&_{w}_struts_action=%2Fjournal_content%2Fview&_{w}_groupId={GROUP}&_{w}_articleId={aid}"
        f"&_{w}_viewMode=print"
    )


def bare_url(aid: int) -> str:
    return f"/c/journal/view_article_content?groupId={GROUP}&articleId={aid}&version=1.0"


#: list instance -> (layout, default delta, entries, link kind, show author column, title)
LISTS: dict[str, dict] = {
    HOME_LIST: {"layout": "trang-chu", "delta": 4, "entries": ENTRIES, "link": "friendly",
                "author_col": False, "title": "Tin mới cập nhật"},
    NEWS_LIST: {"layout": "tin-tuc", "delta": 10, "entries": ENTRIES, "link": "view62",
                "author_col": True, "title": "Danh sách tin"},
    HDCM_LIST: {"layout": "hoat-dong-chuyen-mon", "delta": 10,
                "entries": [e for e in ENTRIES if e[0] == "story" and e[1].cat == HDCM],
                "link": "friendly", "author_col": False, "title": HDCM},
    TB_LIST: {"layout": "thong-bao", "delta": 10,
              "entries": [e for e in ENTRIES if e[0] == "story" and e[1].cat == TB],
              "link": "friendly", "author_col": False, "title": TB},
}
DELTAS = (5, 10, 20, 30, 50, 75)


def _pages(n: int, delta: int) -> int:
    return max(1, -(-n // delta))


# --- article markup -------------------------------------------------------------------------


def _p_html(p: P, word: bool) -> str:
    if word:
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:130%">'
            '<span style="font-size:13.0pt;line-height:130%;font-family:&quot;Times New Roman&quot;,'
            f'&quot;serif&quot;">{text(p.text)}<o:p></o:p></span></p>'
        )
    return f'<p style="text-align: justify;">{text(p.text)}</p>'


def _img_html(img: Img) -> str:
    src = esc(img.src)
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 560px;"><tbody>'
            f'<tr><td><img alt="" src="{src}" style="width: 560px; height: 373px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size: 12px;"><em>{text(img.printed)}'
            "</em></span></td></tr></tbody></table>"
        )
    if img.style == "below-em":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 500px; height: 333px;" />'
            f'</p><p style="text-align: center;"><em>{text(img.printed)}</em></p>'
        )
    if img.style == "above":
        return (
            f'<p style="text-align: center;"><strong><span style="color: #0000cd;">{text(img.printed)}'
            f'</span></strong></p><p style="text-align: center;"><img alt="" src="{src}" '
            'style="width: 520px; height: 347px;" /></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 540px; height: 360px;" />'
            f'</p><p style="text-align: right;"><span style="font-size: 11px;"><em>{text(img.printed)}'
            "</em></span></p>"
        )
    if img.style == "word":
        return (
            '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:13.0pt">'
            f'<img border="0" height="360" src="{src}" width="540" /><o:p></o:p></span></p>'
            '<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:11.0pt;'
            f'font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">{text(img.printed)}<o:p></o:p>'
            "</span></i></p>"
        )
    raise ValueError(img.style)


def content_html(story: Story) -> str:
    """The article's rich-text field as the editor saved it."""
    word = bool(story.opts.get("word"))
    blocks = story.blocks
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style != "lead":
                out.append(_img_html(b))
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                tag = "th" if blocks[i].style == "th" else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{text(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%; border-collapse: '
                'collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ol>" + "".join(items) + "</ol>")
            continue
        elif b.style == "h3":
            out.append(f'<h3><span style="color: #b22222;">{text(b.text)}</span></h3>')
        elif b.style == "h4":
            out.append(f"<h4><strong>{text(b.text)}</strong></h4>")
        elif b.style == "note":
            out.append(f'<p style="font-size: 11px;">{text(b.text)}</p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        else:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(nxt, P) and nxt.style == "br":
                joined = P(b.text + "\x00" + nxt.text)
                piece = _p_html(joined, word).replace("\x00", "<br />\n")
                out.append(piece)
                i += 2
                if word:
                    out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
                continue
            out.append(_p_html(b, word))
            if word and i % 3 == 0:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        i += 1
    markup = "\n".join(out)
    if story.opts.get("entities"):
        markup = entity_mix(markup, story.opts["entities"])
    return markup


def template_html(story: Story) -> str:
    """The Velocity template's output for one article (trap 2, 3, 6)."""
    o = story.opts
    tpl = o["tpl"]
    if tpl == "A":
        lead = next((b for b in story.blocks if isinstance(b, Img) and b.style == "lead"), None)
        date = text(o["date_line"])
        if o.get("edited_line"):
            date += f' <span class="lqd-sep">|</span> {text(o["edited_line"])}'
        parts = [
            '<div class="lqd-tin-ct">',
            f'<div class="lqd-cm">{text(story.cat)}</div>',
            f'<h2 class="lqd-td">{text(story.title)}</h2>',
            '<div class="lqd-ngay"><img alt="" src="/thpt-lqd-theme/images/lqd/clock.png" /> '
            f'{date} <span class="lqd-luotxem">Lượt xem: {story.views()}</span></div>',
        ]
        if lead is not None:
            parts.append(
                f'<div class="lqd-anhdd"><img alt="{esc(story.title)}" src="{esc(lead.src)}" />'
                f'<div class="lqd-ctanh">{text(lead.printed)}</div></div>'
            )
        if story.summary:
            parts.append(f'<div class="lqd-tt"><strong>{text(story.summary)}</strong></div>')
        parts.append(f'<div class="lqd-nd">{content_html(story)}</div>')
        parts.append(
            '<div class="lqd-tg" style="text-align: right;"><strong><em>'
            f"{text(o['author_line'])}</em></strong></div>"
        )
        if o.get("source_line"):
            parts.append(f'<div class="lqd-nguon" style="text-align: right;"><em>{text(o["source_line"])}</em></div>')
        parts.append("</div>")
        return "\n".join(parts)
    if tpl == "B":
        author = text(o["author_line"]) if o.get("author_line") else "$TacGia.data"
        return (
            '<table border="0" cellpadding="0" cellspacing="0" class="tbl_chitiet" width="100%"><tbody>\n'
            f'<tr><td class="td_tieude"><span class="tieude_ct">{text(story.title)}</span></td></tr>\n'
            f'<tr><td class="td_ngay"><span class="ngay_ct">{o["date_line"]}</span></td></tr>\n'
            f'<tr><td class="td_noidung">{content_html(story)}</td></tr>\n'
            f'<tr><td align="right" class="td_tacgia"><b>{author}</b></td></tr>\n'
            "</tbody></table>"
        )
    attach = ""
    if o.get("attachment"):
        href, label, size = o["attachment"]
        attach = (
            '<div class="vb-dinhkem"><img alt="" src="/thpt-lqd-theme/images/file_system/small/pdf.png" /> '
            f'Tải về: <a href="{esc(href)}">{text(label)}</a> ({size})</div>'
        )
    return (
        '<div class="vb-thongbao">\n'
        f'<div class="vb-tieude">{text(story.title)}</div>\n'
        f'<div class="vb-ngaydang">{text(o["date_line"])}</div>\n'
        f'<div class="vb-noidung">{content_html(story)}</div>\n'
        f"{attach}</div>"
    )


def _article_div(aid: int, inner: str) -> str:
    return f'<div class="journal-content-article" id="article_{COMPANY}_{GROUP}_{aid}_1.0">{inner}</div>'


def _rendered(aid: int) -> tuple[str, str]:
    """(title, rendered content) of any listed web content."""
    if aid in BY_AID:
        s = BY_AID[aid]
        return s.title, template_html(s)
    f = FURN_BY_AID[aid]
    return f["title"], f["html"]


# --- theme ----------------------------------------------------------------------------------

_THEME = "/thpt-lqd-theme"
_THEME_Q = "browserId=other&themeId=thptlqd_WAR_thptlqdtheme&minifierType=css&languageId=vi_VN&b=6120&t=1385712000000"


def portlet(pid: str, title: str | None, body: str, extra_cls: str = "") -> str:
    """A portlet with the classic theme's bordered decoration (or borderless without title)."""
    root = pid.split("_INSTANCE_")[0]
    kind = {"56": "portlet-journal-content", "62": "portlet-journal-articles", "59": "portlet-polls-display",
            "110": "portlet-document-library-display", "31": "portlet-media-gallery-display"}.get(root, "")
    if title is None:
        return (
            f'<div class="portlet-boundary portlet-boundary_{root}_ portlet-static portlet-static-end '
            f'portlet-borderless {kind} {extra_cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
            f'<div class="portlet-borderless-container" style=""><div class="portlet-body">{body}</div></div></div>'
        )
    return (
        f'<div class="portlet-boundary portlet-boundary_{root}_ portlet-static portlet-static-end {kind} '
        f'{extra_cls}" id="p_p_id_{pid}_"><span id="p_{pid}"></span><div class="portlet-body">'
        f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
        f'<h1 class="portlet-title"><span class="portlet-title-text">{text(title)}</span></h1>'
        f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar"></menu></header>'
        '<div class="portlet-content"><div class=" portlet-content-container" style="">'
        f'<div class="portlet-body">{body}</div></div></div></section></div></div>'
    )


def _nav(current: str) -> str:
    def li(key: str, children: str = "") -> str:
        sel = ' class="selected"' if key == current or LAYOUTS.get(current, {}).get("parent") == key else ""
        return (
            f'<li{sel} id="layout_{LAYOUTS[key]["plid"]}"><a href="{layout_url(key)}"><span> '
            f"{text(LAYOUTS[key]['name'])}</span></a>{children}</li>"
        )

    intro_children = (
        '<ul class="child-menu">'
        f'<li><a href="{layout_url("gioi-thieu")}#lich-su">Lịch sử truyền thống</a></li>'
        f'<li><a href="{layout_url("gioi-thieu")}#co-cau">Cơ cấu tổ chức</a></li>'
        f'<li><a href="{layout_url("gioi-thieu")}#thanh-tich">Thành tích nổi bật</a></li></ul>'
    )
    news_children = (
        '<ul class="child-menu">'
        f'<li><a href="{layout_url("hoat-dong-chuyen-mon")}">{HDCM}</a></li>'
        f'<li><a href="{layout_url("thong-bao")}">{TB}</a></li></ul>'
    )
    items = [
        li("trang-chu"),
        li("gioi-thieu", intro_children),
        li("tin-tuc", news_children),
        li("van-ban"),
        li("thu-vien-anh"),
        li("lien-he"),
    ]
    return (
        '<nav class="sort-pages modify-pages" id="navigation"><h1><span>Điều hướng</span></h1>'
        '<ul class="lqd-menu">' + "".join(items) + "</ul></nav>"
    )


def _breadcrumb(current: str, last: str | None = None) -> str:
    chain = []
    parent = LAYOUTS[current].get("parent")
    if parent:
        chain.append(parent)
    chain.append(current)
    items = [f'<li class="first"><span><a href="{SITE}">THPT Chuyên Lê Quý Đôn</a></span></li>']
    for n, key in enumerate(chain):
        is_last = n == len(chain) - 1 and last is None
        cls = ' class="last"' if is_last else ' class="current-parent"'
        items.append(f'<li{cls}><span><a href="{layout_url(key)}">{text(LAYOUTS[key]["name"])}</a></span></li>')
    if last:
        items.append(f'<li class="last"><span>{text(last)}</span></li>')
    return (
        '<nav class="site-breadcrumbs" id="breadcrumbs"><h1><span>Breadcrumbs</span></h1>'
        '<ul class="breadcrumbs breadcrumbs-horizontal lfr-component">' + "".join(items) + "</ul></nav>"
    )


def _newest_links() -> str:
    items = []
    for kind, s in ENTRIES[:5]:
        assert kind == "story"
        items.append(
            f'<li><img alt="" src="{_THEME}/images/lqd/bullet_red.gif" /> '
            f'<a href="{friendly_url(s.opts["aid"])}">{text(s.title)}</a></li>'
        )
    return '<ul class="tinmoi-lqd">' + "".join(items) + "</ul>"


def _sidebar(layout: str) -> str:
    poll_action = (
        f"{layout_url(layout)}?p_p_id=59_INSTANCE_pQ3r&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;"
        "p_p_mode=view&amp;p_p_col_id=column-2&amp;p_p_col_count=2&amp;"
        "_59_INSTANCE_pQ3r_struts_action=%2Fpolls_display%2Fview"
    )
    poll = (
        f'<form action="{poll_action}" method="post" name="_59_INSTANCE_pQ3r_fm">'
        '<input name="_59_INSTANCE_pQ3r_questionId" type="hidden" value="21304" />'
        "<strong>Bạn quan tâm nhất đến nội dung nào trên website?</strong><br />"
        '<input name="_59_INSTANCE_pQ3r_choiceId" type="radio" value="21305" /> Tin tức - Sự kiện<br />'
        '<input name="_59_INSTANCE_pQ3r_choiceId" type="radio" value="21306" /> Thông báo, văn bản<br />'
        '<input name="_59_INSTANCE_pQ3r_choiceId" type="radio" value="21307" /> Thư viện ảnh<br />'
        '<input class="aui-button-input aui-button-input-submit" type="submit" value="Bình chọn" /></form>'
    )
    links = (
        '<select onchange="if (this.value) window.open(this.value);" style="width: 100%;">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://danang.edu.vn">Sở GD&amp;ĐT Đà Nẵng</option>'
        '<option value="https://udn.vn">Đại học Đà Nẵng</option></select>'
        '<p><a href="https://moet.gov.vn" target="_blank"><img alt="Bộ GD&amp;ĐT" '
        f'src="{_THEME}/images/lqd/banner_moet.jpg" width="230" /></a></p>'
    )
    counter = (
        '<table class="thongke-lqd"><tr><td>Đang online:</td><td><b>27</b></td></tr>'
        "<tr><td>Hôm nay:</td><td><b>1.204</b></td></tr>"
        "<tr><td>Tổng truy cập:</td><td><b>3.861.527</b></td></tr></table>"
    )
    return (
        '<div class="aui-w30 portlet-column portlet-column-last" id="column-2">'
        '<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">'
        + portlet("62_INSTANCE_sN6w", "Tin mới", _newest_links(), "lqd-tinmoi")
        + portlet("59_INSTANCE_pQ3r", "Thăm dò ý kiến", poll)
        + portlet("56_INSTANCE_lK2s", "Liên kết", links)
        + portlet("56_INSTANCE_tK8v", "Thống kê truy cập", counter)
        + "</div></div>"
    )


def shell(
    request: Request,
    layout: str,
    main: str,
    *,
    title: str | None = None,
    canonical: str | None = None,
    last_crumb: str | None = None,
    description: str | None = None,
) -> Response:
    host = base_url(request)
    name = LAYOUTS[layout]["name"]
    page_title = f"{title} - {name}" if title else name
    canon = host + (canonical or layout_url(layout))
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />\n' if description else ""
    plid = LAYOUTS[layout]["plid"]
    search_action = layout_url("trang-chu")
    page = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{text(page_title)} - THPT Chuyên Lê Quý Đôn - Đà Nẵng</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}<link href="{_THEME}/images/favicon.ico" rel="Shortcut Icon" />
<link href="{esc(canon)}" rel="canonical" />
<link href="/html/css/main.css?{esc(_THEME_Q)}" rel="stylesheet" type="text/css" />
<link href="{_THEME}/css/main.css?{esc(_THEME_Q)}" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=thptlqd_WAR_thptlqdtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6120&amp;t=1385712000000" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
var themeDisplay = {{
  getCompanyId: function() {{ return "{COMPANY}"; }},
  getScopeGroupId: function() {{ return "{GROUP}"; }},
  getPlid: function() {{ return "{plid}"; }},
  getLanguageId: function() {{ return "vi_VN"; }},
  getPathThemeImages: function() {{ return "{host}{_THEME}/images"; }},
  isSignedIn: function() {{ return false; }}
}};
// ]]>
</script>
</head>
<body class="blue yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua để tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="lqd-topbar"><span class="lqd-ngayhientai">{TODAY_LINE}</span>
<span class="sign-in"><a data-redirect="false" href="/c/portal/login?p_l_id={plid}" id="sign-in" rel="nofollow">Đăng nhập</a></span></div>
<hgroup id="heading">
<h1 class="site-title"><a class="logo custom-logo" href="{SITE}/trang-chu" title="Về trang THPT Chuyên Lê Quý Đôn">
<img alt="THPT Chuyên Lê Quý Đôn" height="110" src="/image/company_logo?img_id=10417&amp;t=1385712000000" width="980" /></a>
<span class="site-name" title="Về trang THPT Chuyên Lê Quý Đôn">THPT Chuyên Lê Quý Đôn</span></h1>
<h2 class="page-title"><span>{text(name)}</span></h2>
</hgroup>
<form action="{search_action}" class="lqd-timkiem" method="get" name="_3_fm">
<input name="p_p_id" type="hidden" value="3" /><input name="p_p_state" type="hidden" value="maximized" />
<input name="_3_struts_action" type="hidden" value="/search/search" />
<input name="_3_keywords" size="20" title="Tìm kiếm" type="text" value="" />
<input alt="Tìm kiếm" src="{_THEME}/images/common/search.png" title="Tìm kiếm" type="image" /></form>
{_nav(layout)}
</header>
<div id="content">
{_breadcrumb(layout, last_crumb)}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout">
<div class="aui-w70 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
{_sidebar(layout)}
</div></div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</div>
<footer id="footer" role="contentinfo">
<div class="lqd-footer">
<p><strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN - THÀNH PHỐ ĐÀ NẴNG</strong></p>
<p>Địa chỉ: Số 01 Vũ Văn Dũng, phường An Hải, thành phố Đà Nẵng</p>
<p>Điện thoại: (0236) 3 943 426 - Fax: (0236) 3 943 427 - Email: thptchuyenlqd@danang.edu.vn</p>
<p>© 2013 - 2026 Trường THPT chuyên Lê Quý Đôn. Thiết kế và phát triển: Công ty TNHH Giải pháp phần mềm Sông Hàn</p>
</div>
<p class="powered-by">Powered by <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
AUI().use('aui-base', 'liferay-menu', 'liferay-navigation', function(A) {{ Liferay.Menu(); }});
// ]]>
</script>
</body>
</html>
"""
    return html(page)


# --- page bodies ----------------------------------------------------------------------------


def _row_href(cfg: dict, entry: tuple[str, object]) -> str:
    aid = _entry_aid(entry)
    return view62_url(aid) if cfg["link"] == "view62" else friendly_url(aid)


def list_portlet(inst: str, cur: int, delta: int) -> str:
    """A Web Content List: the search-container table and its page iterator (trap 7)."""
    cfg = LISTS[inst]
    entries = cfg["entries"]
    total = len(entries)
    pages = _pages(total, delta)
    shown = entries[(cur - 1) * delta : cur * delta]
    sc = f"_{inst}_journalArticlesSearchContainer"
    head = (
        f'<th class="col-1 first" id="{sc}_col-title">Tiêu đề</th>'
        f'<th class="col-2{"" if cfg["author_col"] else " last"}" id="{sc}_col-display-date">Ngày hiển thị</th>'
    )
    if cfg["author_col"]:
        head += f'<th class="col-3 last" id="{sc}_col-author">Tác giả</th>'
    rows = []
    for n, entry in enumerate(shown):
        href = esc(_row_href(cfg, entry))
        alt = "portlet-section-alternate results-row alt" if n % 2 else "portlet-section-body results-row"
        hover = "portlet-section-alternate-hover results-row alt hover" if n % 2 else "portlet-section-body-hover results-row hover"
        cells = [
            f'<td class="align-left col-1 first valign-middle" headers="{sc}_col-title">'
            f'<a href="{href}">{text(_entry_title(entry))}</a></td>',
            f'<td class="align-left col-2 valign-middle" headers="{sc}_col-display-date">'
            f'<a href="{href}">{_entry_display(entry)}</a></td>',
        ]
        if cfg["author_col"]:
            cells.append(
                f'<td class="align-left col-3 last valign-middle" headers="{sc}_col-author">'
                f'<a href="{href}">{text(_entry_uploader(entry))}</a></td>'
            )
        rows.append(
            f'<tr class="{alt}" onmouseover="this.className = \'{hover}\';" '
            f'onmouseout="this.className = \'{alt}\';">{"".join(cells)}</tr>'
        )
    table = (
        f'<div class="lfr-search-container " id="{sc}SearchContainer"><div class="results-grid">'
        '<table class="taglib-search-iterator"><thead><tr class="portlet-section-header results-header">'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )
    layout = cfg["layout"]

    def link(cls: str, label: str, page: int | None) -> str:
        if page is None:
            return f'<span class="{cls}">{label}</span>'
        return f'<a class="{cls}" href="{esc(list_url(layout, page, delta))}#p_{inst}">{label}</a>'

    options = "".join(
        f'<option{" selected" if p == cur else ""} value="{p}">{p}</option>' for p in range(1, pages + 1)
    )
    delta_opts = "".join(
        f'<option{" selected" if d == delta else ""} value="{d}">{d}</option>'
        for d in sorted({*DELTAS, delta})
    )
    go_base = list_url(layout, 1, delta).replace(f"&_{inst}_cur=1", "")
    first_item = (cur - 1) * delta + 1
    last_item = min(cur * delta, total)
    pager = (
        f'<div class="taglib-page-iterator" id="{sc}PageIterator">'
        f'<div class="search-results">Đang hiển thị {first_item} - {last_item} trong số {total} kết quả.</div>'
        '<div class="search-pages"><div class="delta-selector">Số mục trên mỗi trang '
        f'<select id="{sc}PageIteratorItemsPerPage" onchange="{sc}PageIteratorUpdateDelta(this);">'
        f"{delta_opts}</select></div>"
        f'<div class="page-selector">Trang <select class="pages" id="{sc}PageIteratorPage" '
        f'onchange="{sc}PageIteratorGoToPage(this.value);">{options}</select> / {pages}</div>'
        '<div class="page-links">'
        + link("first", "Đầu", 1 if cur > 1 else None)
        + " "
        + link("previous", "« Trước", cur - 1 if cur > 1 else None)
        + " "
        + link("next", "Tiếp »", cur + 1 if cur < pages else None)
        + " "
        + link("last", "Cuối", pages if cur < pages else None)
        + "</div></div></div>"
        f'<script type="text/javascript">function {sc}PageIteratorGoToPage(n) {{ '
        f"location.href = '{go_base}&_{inst}_cur=' + n; }} "
        f"function {sc}PageIteratorUpdateDelta(s) {{ location.href = '{list_url(layout, 1, 0).replace(f'&_{inst}_delta=0', '')}"
        f"&_{inst}_delta=' + s.value; }}</script>"
    )
    return portlet(inst, cfg["title"], table + pager + "</div>")


def _print_script(request: Request, wcd: str, aid: int) -> str:
    return (
        '<div class="print-action"><span class="taglib-icon-text"><a class="taglib-icon" '
        f'href="javascript:_{wcd}_printPage_0();"><img alt="" src="{_THEME}/images/common/print.png" /> '
        '<span class="taglib-text">In</span></a></span></div>'
        f'<script type="text/javascript">function _{wcd}_printPage_0() {{ window.open('
        f"'{base_url(request)}{print_url(aid)}', '', "
        '"directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,'
        'toolbar=0,top=180,width=640"); }</script>'
    )


def _ratings_and_comments(wcd: str, aid: int, story: Story) -> str:
    votes = story.id % 4
    return (
        f'<div class="taglib-ratings stars" id="_{wcd}_ratingStarContainer">'
        '<div class="liferay-rating-vote"><div class="aui-helper-clearfix rating-label-element">'
        '<div class="rating-label">Bình chọn của bạn</div>'
        + "".join('<a class="aui-rating-element" href="javascript:;"></a>' for _ in range(5))
        + '</div></div><div class="liferay-rating-score"><div class="rating-label">'
        f"Đánh giá trung bình ({votes} Phiếu bầu)</div></div></div>"
        '<div class="lfr-discussion-container"><div class="taglib-discussion">'
        f'<form method="post" name="_{wcd}_fm"><input name="_{wcd}_className" type="hidden" '
        'value="com.liferay.portlet.journal.model.JournalArticle" />'
        f'<input name="_{wcd}_classPK" type="hidden" value="{aid + 2}" />'
        '<div class="lfr-message-response" id="discussion-status-messages"></div>'
        '<fieldset class="add-comment"><legend>Bình luận</legend>'
        '<a href="javascript:;" class="taglib-icon">Hãy là người đầu tiên.</a>'
        f'<textarea name="_{wcd}_postReplyBody0" style="display: none;"></textarea></fieldset>'
        "</form></div></div>"
    )


def journal_content_page(request: Request, layout: str, aid: int) -> Response:
    """The friendly journal_content URL: the display portlet, then the section's list."""
    wcd = LAYOUTS[layout]["wcd"]
    title, inner = _rendered(aid)
    story = BY_AID.get(aid)
    body = _article_div(aid, inner)
    if story is not None:
        body += _print_script(request, wcd, aid) + _ratings_and_comments(wcd, aid, story)
    main = portlet(wcd, LAYOUTS[layout]["name"], body)
    inst = LAYOUTS[layout]["list"]
    main += list_portlet(inst, 1, LISTS[inst]["delta"])
    desc = story.summary if story is not None and story.summary else None
    return shell(request, layout, main, title=title, canonical=friendly_url(aid, layout), description=desc)


def view62_page(request: Request, aid: int) -> Response:
    """The tin-tuc list's own view_article_content (trap 1: canonical -> the layout)."""
    title, inner = _rendered(aid)
    header = (
        '<div class="taglib-header "><span class="header-back-to">'
        f'<a href="{layout_url("tin-tuc")}" id="_{NEWS_LIST}_TabsBack">« Quay lại</a></span>'
        f'<h1 class="header-title"><span>{text(title)}</span></h1></div>'
    )
    main = portlet(NEWS_LIST, LISTS[NEWS_LIST]["title"], header + _article_div(aid, inner))
    return shell(request, "tin-tuc", main, last_crumb=title)


def _bare_head(title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html class="aui ltr" dir="ltr" lang="vi-VN"><head>'
        f"<title>{text(title)}</title>"
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />'
        f'<link href="/html/portlet/journal/css/main.css?{esc(_THEME_Q)}" rel="stylesheet" type="text/css" />'
        f'<link href="{_THEME}/css/main.css?{esc(_THEME_Q)}" rel="stylesheet" type="text/css" />'
        "</head>"
    )


def bare_page(aid: int) -> Response:
    """/c/journal/view_article_content: the rendered content and nothing else."""
    title, inner = _rendered(aid)
    return html(f"{_bare_head(title)}<body>{_article_div(aid, inner)}</body></html>")


def print_page(request: Request, layout: str, aid: int) -> Response:
    title, inner = _rendered(aid)
    canon = esc(base_url(request) + layout_url(layout))
    return html(
        _bare_head(title).replace("</head>", f'<link href="{canon}" rel="canonical" /></head>')
        + f'<body class="portal-popup">{_article_div(aid, inner)}'
        '<script type="text/javascript">print();</script></body></html>'
    )


def _home_main() -> str:
    welcome = FURN_BY_AID[10712]
    marquee_items = "".join(
        f'<p><img alt="" src="{_THEME}/images/lqd/new.gif" /> <a href="{esc(bare_url(s.opts["aid"]))}" '
        f'target="_blank">{text(s.title)}</a></p>'
        for kind, s in ENTRIES
        if kind == "story" and s.cat == TB
    )
    notices = (
        '<div class="journal-content-article" id="article_10154_10184_11020_1.3">'
        '<marquee direction="up" height="90" onmouseout="this.start();" onmouseover="this.stop();" '
        f'scrollamount="2">{marquee_items}</marquee></div>'
    )
    return (
        portlet("56_INSTANCE_wL1c", None, _article_div(10712, f'<h3 class="lqd-chao">{text(welcome["title"])}</h3>'
                                                              + welcome["html"]))
        + portlet("56_INSTANCE_nT9b", TB, notices)
    )


def home_page(request: Request, cur: int = 1, delta: int = 4) -> Response:
    main = _home_main() + list_portlet(HOME_LIST, cur, delta)
    return shell(request, "trang-chu", main)


def section_page(request: Request, layout: str, cur: int, delta: int) -> Response:
    main = list_portlet(LAYOUTS[layout]["list"], cur, delta)
    return shell(request, layout, main)


_INTRO = (
    '<h2 id="lich-su">Lịch sử truyền thống</h2>'
    "<p>Trường THPT chuyên Lê Quý Đôn được thành lập theo quyết định của UBND tỉnh Quảng Nam - Đà Nẵng, "
    "là trường chuyên đầu tiên của khu vực. Qua gần bốn mươi năm xây dựng và phát triển, nhà trường đã trở "
    "thành địa chỉ tin cậy trong công tác phát hiện, bồi dưỡng học sinh năng khiếu của thành phố.</p>"
    '<h2 id="co-cau">Cơ cấu tổ chức</h2>'
    "<p>Ban Giám hiệu gồm Hiệu trưởng và 03 Phó Hiệu trưởng; nhà trường có 10 tổ chuyên môn và Tổ Văn "
    "phòng, với 126 cán bộ, giáo viên, nhân viên, trong đó 68% có trình độ sau đại học.</p>"
    '<table border="1" cellpadding="3" cellspacing="0"><tr><th>Họ và tên</th><th>Chức vụ</th></tr>'
    "<tr><td>Nguyễn Đức Tâm</td><td>Hiệu trưởng</td></tr>"
    "<tr><td>Trần Đình Phú</td><td>Phó Hiệu trưởng</td></tr>"
    "<tr><td>Lê Thị Minh Nguyệt</td><td>Phó Hiệu trưởng</td></tr>"
    "<tr><td>Hồ Văn Sang</td><td>Phó Hiệu trưởng</td></tr></table>"
    '<h2 id="thanh-tich">Thành tích nổi bật</h2>'
    "<p>Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba; nhiều năm liền là Tập thể lao động xuất sắc; "
    "hàng trăm giải học sinh giỏi quốc gia và nhiều huy chương Olympic quốc tế.</p>"
)

_CONTACT = (
    "<p><strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</strong></p>"
    "<p>Địa chỉ: Số 01 Vũ Văn Dũng, phường An Hải, thành phố Đà Nẵng</p>"
    "<p>Điện thoại: (0236) 3 943 426 - Email: thptchuyenlqd@danang.edu.vn</p>"
    '<p><iframe frameborder="0" height="300" src="https://maps.google.com/maps?q=16.0717,108.2341&amp;output=embed" '
    'width="600"></iframe></p>'
)

_DOCS = [
    ("215/TB-LQĐ", "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027", "30/11/2026",
     doc(31650, "TB+215-LQD+lich+kiem+tra+HKI.pdf", "2b0c7e5a-4d13-4a8f-9c62-e0b3f7a1d845")),
    ("178/KH-LQĐ", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "05/09/2026",
     doc(29870, "KH+178-LQD+ke+hoach+giao+duc.pdf", "c4e1a8f2-7b30-4d95-a6e7-19f0b2c3d4a5")),
]

_ALBUM = [
    (doc(31180, "DSC_0452.JPG", "8d1f6c3e-2b7a-4e55-9f0c-61a2d3b4c5e6"), "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026"),
    (doc(30950, "hoithao-keoco.jpg", "3c5d9e12-6a4b-4f07-b1c8-77e2a9d04f31"), "Hội thao cán bộ, giáo viên"),
    (doc(31790, "IMG_20261129_093512.jpg", "5be81f0d-3c2a-47d9-9e61-0c4b8a7f2d53"), "Áo ấm cho em 2026"),
]


def static_page(request: Request, layout: str) -> Response:
    if layout == "gioi-thieu":
        main = portlet("56_INSTANCE_gT3h", "Giới thiệu chung", _article_div(10560, _INTRO))
    elif layout == "lien-he":
        form = (
            f'<form action="{layout_url("lien-he")}?p_p_id=1_WAR_webformportlet_INSTANCE_fR5t&amp;'
            'p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view" method="post">'
            '<label>Họ và tên</label> <input name="_1_WAR_webformportlet_INSTANCE_fR5t_field1" type="text" /><br />'
            '<label>Email</label> <input name="_1_WAR_webformportlet_INSTANCE_fR5t_field2" type="text" /><br />'
            '<label>Nội dung</label> <textarea name="_1_WAR_webformportlet_INSTANCE_fR5t_field3"></textarea><br />'
            '<input type="submit" value="Gửi" /></form>'
        )
        main = portlet("56_INSTANCE_cT1a", "Thông tin liên hệ", _article_div(10941, _CONTACT)) + portlet(
            "1_WAR_webformportlet_INSTANCE_fR5t", "Gửi ý kiến", form
        )
    elif layout == "van-ban":
        rows = "".join(
            f"<tr><td>{text(no)}</td><td>{text(name)}</td><td>{day}</td>"
            f'<td><a href="{esc(href)}"><img alt="" src="{_THEME}/images/file_system/small/pdf.png" /> Tải về</a></td></tr>'
            for no, name, day, href in _DOCS
        )
        main = portlet(
            "110_INSTANCE_dL4v",
            "Văn bản",
            '<table class="taglib-search-iterator"><tr class="portlet-section-header results-header">'
            "<th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th></th></tr>" + rows + "</table>",
        )
    else:
        thumbs = "".join(
            f'<a class="image-link" href="{esc(src)}" title="{esc(t)}"><img alt="{esc(t)}" '
            f'src="{esc(src)}&amp;imageThumbnail=1" /><span class="image-title">{text(t)}</span></a>'
            for src, t in _ALBUM
        )
        main = portlet("31_INSTANCE_mG7b", "Thư viện ảnh", f'<div class="lfr-media-gallery">{thumbs}</div>')
    return shell(request, layout, main)


def search_page(request: Request, layout: str) -> Response:
    kw = request.params.get("_3_keywords", "")
    main = portlet(
        "3",
        "Tìm kiếm",
        f'<div class="search-results">Không tìm thấy kết quả nào cho <strong>{esc(kw)}</strong>.</div>',
    )
    return shell(request, layout, main)


def login_page(request: Request) -> Response:
    form = (
        f'<form action="{layout_url("trang-chu")}?p_p_id=58&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;'
        '_58_struts_action=%2Flogin%2Flogin" method="post" name="_58_fm">'
        '<label>Địa chỉ email</label> <input name="_58_login" type="text" /><br />'
        '<label>Mật khẩu</label> <input name="_58_password" type="password" /><br />'
        '<input type="submit" value="Đăng nhập" /></form>'
    )
    return shell(request, "trang-chu", portlet("58", "Đăng nhập", form))


# --- the site -------------------------------------------------------------------------------

_JPEG_RESP = static_file("x.jpg")
_LAYOUT_RE = re.compile(r"/web/thpt-chuyen-lqd/([a-z0-9-]+)")
_JC_RE = re.compile(r"/web/thpt-chuyen-lqd/([a-z0-9-]+)/-/journal_content/(56_INSTANCE_\w{4})/(\d+)/(\d+)")
_KNOWN_DOCS = {d[3].split("?")[0] for d in _DOCS}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        q = request.params
        if path == "/":
            return redirect(START_PATH)
        if path.startswith((_THEME + "/", "/html/")):
            if path.endswith(".jsp"):
                return Response(200, b"/* barebone */", {"Content-Type": "application/javascript"})
            return static_file(path)
        if path.startswith("/image/"):
            return _JPEG_RESP if path in ("/image/journal/article", "/image/company_logo") else None
        if path.startswith("/documents/"):
            if path.lower().endswith(".pdf") or path in _KNOWN_DOCS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            parts = path.split("/")
            if len(parts) == 6 and re.search(r"\.(jpe?g|png|gif)$", parts[4], re.I):
                return _JPEG_RESP
            return None
        if path == "/c/journal/view_article_content":
            aid = _int(q.get("articleId"))
            if q.get("groupId") == str(GROUP) and q.get("version", "1.0") == "1.0" and aid in _ALL_AIDS:
                return bare_page(aid)
            return None
        if path == "/c/portal/login":
            return redirect(
                f"{layout_url('trang-chu')}?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
                "&saveLastPath=0&_58_struts_action=%2Flogin%2Flogin"
            )
        if path in (SITE, SITE + "/"):
            return home_page(request) if not request.query else None
        m = _JC_RE.fullmatch(path)
        if m:
            layout, wcd, group, aid = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
            if (
                request.query
                or layout not in LAYOUTS
                or LAYOUTS[layout]["wcd"] != wcd
                or group != GROUP
                or aid not in _ALL_AIDS
            ):
                return None
            return journal_content_page(request, layout, aid)
        m = _LAYOUT_RE.fullmatch(path)
        if not m or m.group(1) not in LAYOUTS:
            return None
        layout = m.group(1)
        cfg = LAYOUTS[layout]
        if not request.query:
            if cfg["list"] is None:
                return static_page(request, layout)
            if layout == "trang-chu":
                return home_page(request)
            return section_page(request, layout, 1, LISTS[cfg["list"]]["delta"])
        pid = q.get("p_p_id")
        if pid == "3":
            return search_page(request, layout)
        if pid == "58" and layout == "trang-chu":
            return login_page(request)
        if pid and pid == cfg["list"]:
            action = q.get(f"_{pid}_struts_action", "/journal_articles/view")
            if action == "/journal_articles/view_article_content":
                aid = _int(q.get(f"_{pid}_articleId"))
                if pid != NEWS_LIST or aid not in _ALL_AIDS or q.get(f"_{pid}_groupId", str(GROUP)) != str(GROUP):
                    return None
                return view62_page(request, aid)
            if action != "/journal_articles/view":
                return None
            lcfg = LISTS[pid]
            delta = _int(q.get(f"_{pid}_delta")) or lcfg["delta"]
            cur = _int(q.get(f"_{pid}_cur")) or 1
            if delta not in (*DELTAS, lcfg["delta"]) or not 1 <= cur <= _pages(len(lcfg["entries"]), delta):
                return None
            if layout == "trang-chu":
                return home_page(request, cur, delta)
            return section_page(request, layout, cur, delta)
        if pid and pid == cfg["wcd"] and q.get(f"_{pid}_viewMode") == "print":
            aid = _int(q.get(f"_{pid}_articleId"))
            if aid in BY_AID and SECTION_LAYOUT[BY_AID[aid].cat] == layout:
                return print_page(request, layout, aid)
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


_ALL_AIDS = set(BY_AID) | set(FURN_BY_AID)


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    aid = story.opts["aid"]
    alts = [view62_url(aid), print_url(aid)]
    if story.cat == TB:
        alts.append(bare_url(aid))
    return gold_record(story, friendly_url(aid), story.cat, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    layout_url("gioi-thieu"),
    layout_url("lien-he"),
    layout_url("van-ban"),
    layout_url("thu-vien-anh"),
    friendly_url(10712),
    friendly_url(10935),
    view62_url(10712),
    view62_url(10935),
]
