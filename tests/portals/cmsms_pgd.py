"""Fixture portal: Phòng GD&ĐT huyện Krông Năng on CMS Made Simple 2.2 with the News module.

Imitates the site a local vendor set up years ago for a district education office: CMSMS 2.2.x,
pretty URLs with the ``.html`` page extension, a two-column theme made in the Design Manager, the
News, MenuManager, Search, Polls, Uploads, Gallery and FormBuilder modules, MicroTiny (TinyMCE)
content. What it prints:

- every page: ``{metadata}`` in the head, which writes ``<base href="http://host/">`` (so the
  editor's *relative* image sources ``uploads/images/...`` resolve against the site root, not the
  article path); a banner image with the office name, the header clock "Hôm nay: TODAY"; a left
  column with the MenuManager menu (``ul.menu_vert``, absolute links), the News "browsecat"
  box "Chuyên mục tin" (category links with counts), a FrontEndUsers login box and a Polls
  form; a right column with the Search form (GET to ``index.php``), "Tin mới" (the five newest
  articles, pretty links, dates "(23/11/2026)"), "Văn bản mới" (PDF links and "Xem tất cả"), the
  visitor counter ("Đang online: 12", "Hôm nay", "Tổng lượt truy cập"); breadcrumbs "Bạn đang ở:
  Trang chủ » Tin tức" (pages only: CMSMS breadcrumbs know no news category); a footer with the
  address, hotline, e-mail and "Powered by CMS Made Simple".
- articles at ``/news/<id>/15/<alias>`` (15 is the "Tin tức" page, the returnid). The detail
  template: ``div#NewsPostDetail`` > ``div#NewsPostDetailDate`` ("Ngày 14/11/2026", a date only),
  ``div#NewsPostDetailTitle`` > ``h1``, ``div#NewsPostDetailSummary`` (the summary, in
  ``<strong>``; absent when the article has none), ``div#NewsPostDetailCategory`` ("Chuyên mục:
  …"), ``div#NewsPostDetailContent`` (MicroTiny content: justified ``p``, ``ul``, data tables,
  images with the caption in the next centred italic ``p``, after a ``<br />`` in the same ``p``,
  or in the second row of an image table; some images have no caption), ``div#NewsPostDetailAuthor``
  ("Người đăng: admin", the poster's login), the custom fields each in a repeated
  ``div#NewsPostDetailField`` ("Tác giả: …", "Nguồn: …"), a tools line (print view link,
  Facebook share, "Lượt xem"), ``div#NewsPostDetailReturnLink`` ("« Quay lại"), and "Các tin
  khác" (five other articles of the category, dated). ``<title>`` is the *page's* title ("Tin tức
  | Phòng GD&ĐT Krông Năng") for every article, not the headline; ``rel=canonical`` (absolute,
  the pretty URL) is printed on every form of the detail page.
- the same article at ``/index.php?mact=News,cntnt01,detail,0&cntnt01articleid=<id>&
  cntnt01returnid=15`` (linked from "Các tin khác") and ``...&cntnt01returnid=1`` (linked from the
  home page's summary box). With returnid=1 the detail action renders inside the *home* page's
  template: the slideshow above it and the home page's "Tin nổi bật" / "Tin mới cập nhật" boxes
  below it, breadcrumbs "Trang chủ".
- listings: the News page ``/tin-tuc.html`` (all categories, five a page) and
  ``/news/category/<id>/15/<alias>`` (three a page; "Hoạt động chuyên môn" has three pages).
  The pager links only in the raw form ``/index.php?mact=News,cntnt01,default,0&
  cntnt01category_id=3&cntnt01pagenumber=2&cntnt01returnid=15`` (no category parameter for the
  News page): "« Trang đầu ‹ Trước Trang 2 / 3 Sau › Trang cuối »", first/previous (or
  next/last) as plain text where they lead nowhere. Each entry: date, title link, "Chuyên mục",
  thumbnail, the summary (or the first 200 characters of the content), "Xem tiếp »".
- content pages: ``/gioi-thieu.html`` and its child ``/gioi-thieu/co-cau-to-chuc.html``,
  ``/lien-he.html`` (FormBuilder, POST), ``/van-ban.html`` (Uploads list: a table of PDFs under
  ``/uploads/van-ban/``), ``/thu-vien-anh.html`` (Gallery thumbnails linking to the full images),
  ``/index.php?page=sitemap`` (the MenuManager site map; ``/index.php?page=<alias>`` serves any
  page); the home page ``/`` (also ``/index.php``).

Traps and hard cases: three URLs for each article (the pretty one and two raw module-action URLs
with different returnid values; a crawler must emit one record); the print view
``/index.php?mact=News,cntnt01,print,0&cntnt01articleid=<id>`` linked from each article (a bare
page with the whole article: not an article); ``?showtemplate=false`` on any page answers only
the content fragment without the template (the home page's "Xem nhanh" link opens
``/gioi-thieu.html?showtemplate=false`` in a lightbox): a non-article; relative image sources
under ``<base href>``; two older articles whose MicroTiny saved Latin-1 letters as named entities
(``&agrave;``, ``&ecirc;``, ``&nbsp;``) while the other Vietnamese letters stay raw UTF-8; the
``<title>`` that is never the headline; the returnid=1 form whose page carries the home page's
news boxes under the article. An unknown article id answers 404 with the theme's error page.
Every page is UTF-8 and says so.

Gold (by hand). Articles are the News entries; listings, pages, print views and fragments are not.
The canonical path is the pretty URL; the two raw URLs are ``alt_paths``. The date is the detail
page's "Ngày dd/mm/yyyy" (a date only: no time is printed). The title is the ``h1``. The
summary, when printed, is the summary and the body's first paragraph. Body: the content's
paragraphs, list items and sub-headings in order; a data table's rows are paragraphs with cells
joined by " | " (header row included); a sentence that carries an attachment link is body text.
Not body: captions, the right-aligned signature lines, "Người đăng", the custom fields. Authors:
the "Tác giả" field (two names joined by ", " are two authors) or an in-text signature ("Bài và
ảnh: X" gives X as author and photographer; "Đinh Thị Hà (Trường TH Lê Lợi)" gives the person,
without the school); "Ảnh: X" alone gives a photographer and no author; "Người đăng: admin" /
"bientap" (logins) are never authors. A caption ending "(Ảnh: Hoàng Đức)" is kept as printed and
gives the photographer. The "Nguồn" field is the source. Category: the "Chuyên mục" line of the
detail page. Image locations are resolved against ``<base href>`` (the site root).
"""

from __future__ import annotations

import re
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "cmsms_pgd"
PLATFORM = "cmsms"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Krông Năng"
SHORT = "Phòng GD&ĐT Krông Năng"
ADDRESS = "Số 258 đường Hùng Vương, thị trấn Krông Năng, huyện Krông Năng, tỉnh Đắk Lắk"
HOTLINE = "0262 3 675 118"
EMAIL = "pgdkrongnang@daklak.edu.vn"
NEWS_PAGE = 15  # the content id of "Tin tức", the News detail/summary page (returnid)
HOME_PAGE = 1
CAT_LIMIT = 3
NEWS_LIMIT = 5
SIDEBAR = 5
OTHERS = 5
IMG = "uploads/images/tin-tuc/2026"

#: News categories: id -> (alias, printed name)
CATS: dict[int, tuple[str, str]] = {
    1: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    3: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    5: ("thong-bao", "Thông báo"),
}

# opts: date (dd/mm/yyyy as stored), poster (login), fields [(name, value)], named (MicroTiny's
# named entities), attach {link text: href}.
STORIES: list[Story] = [
    Story(
        id=250,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        cat="thong-bao",
        published_at="2026-11-24",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 412/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về thực hiện nhiệm"
                " vụ năm học 2026 - 2027, Phòng GD&ĐT thông báo lịch kiểm tra cuối học kỳ I các môn"
                " kiểm tra chung đối với các trường THCS trên địa bàn huyện như sau:"
            ),
            P("Ngày kiểm tra | Buổi | Môn | Khối lớp | Thời gian làm bài", "th"),
            P("16/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "tr"),
            P("16/12/2026 | Chiều | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "tr"),
            P("17/12/2026 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "tr"),
            P(
                "Đề kiểm tra do Phòng GD&ĐT ra chung; các môn còn lại do nhà trường chủ động xây dựng"
                " đề và tổ chức kiểm tra xong trước ngày 26/12/2026."
            ),
            P(
                "Hiệu trưởng các trường cử cán bộ nhận đề tại Phòng GD&ĐT vào 7 giờ 00 các ngày kiểm"
                " tra và nộp báo cáo kết quả trước ngày 31/12/2026."
            ),
            P(
                "Chi tiết xem tại Kế hoạch số 518/KH-PGDĐT đính kèm.",
                "attach",
            ),
        ],
        opts={
            "poster": "admin",
            "attach": {"Kế hoạch số 518/KH-PGDĐT": "uploads/van-ban/2026/kh-518-kiem-tra-hk1.pdf"},
        },
    ),
    Story(
        id=248,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-23",
        summary=(
            "Từ ngày 16 đến 21/11/2026, Phòng GD&ĐT huyện Krông Năng tổ chức Hội thi giáo viên dạy"
            " giỏi cấp huyện bậc Tiểu học với sự tham gia của 64 giáo viên đến từ 22 trường tiểu học"
            " trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tuyên dương và tôn vinh những giáo viên có năng lực chuyên môn"
                " vững vàng, có nhiều sáng tạo trong đổi mới phương pháp dạy học theo Chương trình giáo"
                " dục phổ thông 2018; đồng thời tạo cơ hội để giáo viên giao lưu, học hỏi kinh nghiệm."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai phần: trình bày biện pháp nâng cao chất lượng giảng"
                " dạy và thực hành hai tiết dạy trên lớp, trong đó có một tiết môn Tiếng Việt hoặc Toán"
                " và một tiết do giáo viên tự chọn."
            ),
            Img(
                f"{IMG}/11/gvdg-tieu-hoc-1.jpg",
                "Cô Hoàng Thị Mai (Trường TH Nguyễn Du) thực hành tiết dạy môn Tiếng Việt lớp 3",
                "Cô Hoàng Thị Mai (Trường TH Nguyễn Du) thực hành tiết dạy môn Tiếng Việt lớp 3",
                "next",
            ),
            P(
                "Các tiết dạy được đánh giá cao nhờ tổ chức linh hoạt các hoạt động học tập, ứng dụng"
                " hiệu quả công nghệ thông tin và đồ dùng dạy học tự làm; học sinh tích cực, hứng thú"
                " tham gia."
            ),
            Img(
                f"{IMG}/11/gvdg-tieu-hoc-2.jpg",
                "Ban Giám khảo góp ý tiết dạy sau phần thi thực hành",
                "Ban Giám khảo góp ý tiết dạy sau phần thi thực hành",
                "next",
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 51 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp huyện,"
                " trong đó 9 giáo viên được đề nghị tham dự hội thi cấp tỉnh."
            ),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        opts={"poster": "bientap", "fields": [("Tác giả", "Lê Thị Minh Nguyệt")]},
    ),
    Story(
        id=247,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-21",
        summary=(
            "Sáng 19/11/2026, Phòng GD&ĐT phối hợp với Công đoàn ngành Giáo dục huyện tổ chức Lễ kỷ"
            " niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện, lãnh đạo các ban, ngành, đoàn thể cùng"
                " hơn 300 cán bộ quản lý, giáo viên tiêu biểu của các trường mầm non, tiểu học và trung"
                " học cơ sở."
            ),
            Img(f"{IMG}/11/le-20-11-toan-canh.jpg", None, None, "none"),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục huyện có 98,6% học sinh lớp 9 tốt nghiệp THCS, 41"
                " học sinh đạt giải học sinh giỏi cấp tỉnh; 4 trường được công nhận đạt chuẩn quốc gia."
            ),
            Img(
                f"{IMG}/11/le-20-11-tuyen-duong.jpg",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "inline",
            ),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 35 nhà giáo có thành tích xuất sắc; Công đoàn"
                " ngành tuyên dương 12 nhà giáo có hoàn cảnh khó khăn vượt lên đóng góp cho sự nghiệp"
                " giáo dục."
            ),
        ],
        authors=["Minh Châu"],
        source="Cổng thông tin điện tử huyện Krông Năng",
        opts={
            "poster": "admin",
            "fields": [("Tác giả", "Minh Châu"), ("Nguồn", "Cổng thông tin điện tử huyện Krông Năng")],
        },
    ),
    Story(
        id=245,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-lop-9",
        title="Chuyên đề “Dạy học phát triển năng lực môn Ngữ văn lớp 9” tại Trường THCS Phan Bội Châu",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-19",
        blocks=[
            P(
                "Ngày 17/11/2026, tại Trường THCS Phan Bội Châu, Phòng GD&ĐT tổ chức chuyên đề “Dạy học"
                " phát triển năng lực môn Ngữ văn lớp 9” cho giáo viên dạy Ngữ văn các trường THCS"
                " trong huyện."
            ),
            P(
                "Tiết dạy minh họa bài “Văn bản nghị luận về một vấn đề đời sống” do cô Nguyễn Thị Thanh"
                " Tâm thực hiện theo hướng tổ chức cho học sinh làm việc nhóm, tranh biện và tự đánh"
                " giá sản phẩm học tập."
            ),
            Img(
                f"{IMG}/11/chuyen-de-ngu-van-9-1.jpg",
                "Học sinh lớp 9A1 tranh biện trong tiết dạy minh họa",
                "Học sinh lớp 9A1 tranh biện trong tiết dạy minh họa",
                "table",
            ),
            P(
                "Trong phần thảo luận, các giáo viên tập trung trao đổi cách xây dựng câu hỏi mở, cách"
                " sử dụng phiếu học tập và rubric đánh giá bài viết nghị luận của học sinh."
            ),
            Img(
                f"{IMG}/11/chuyen-de-ngu-van-9-2.jpg",
                "Giáo viên dự chuyên đề thảo luận theo nhóm",
                "Giáo viên dự chuyên đề thảo luận theo nhóm",
                "table",
            ),
            Raw('<p style="text-align: right;"><strong>Bài và ảnh: Nguyễn Văn Hải</strong></p>'),
        ],
        authors=["Nguyễn Văn Hải"],
        photographers=["Nguyễn Văn Hải"],
        opts={"poster": "admin"},
    ),
    Story(
        id=241,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho cán bộ quản lý, giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12",
        summary=(
            "Trong hai ngày 08 và 09/11/2026, Phòng GD&ĐT tổ chức lớp tập huấn ứng dụng trí tuệ nhân"
            " tạo (AI) trong soạn giảng cho 180 cán bộ quản lý, giáo viên cốt cán các trường THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo viên là giảng viên Trường Đại học Tây Nguyên đã giới thiệu các công cụ AI hỗ trợ"
                " thiết kế bài giảng, xây dựng ngân hàng câu hỏi, tạo học liệu số; đồng thời lưu ý những"
                " nguyên tắc sử dụng AI an toàn, có trách nhiệm trong nhà trường."
            ),
            Img(
                f"{IMG}/11/tap-huan-ai-thcs.jpg",
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ AI (Ảnh: Hoàng Đức)",
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ AI (Ảnh: Hoàng Đức)",
                "inline",
            ),
            P("Nội dung tập huấn gồm ba chuyên đề:", "h"),
            P("Sử dụng AI hỗ trợ xây dựng kế hoạch bài dạy theo Công văn 5512;", "li"),
            P("Tạo câu hỏi trắc nghiệm, tự luận và ma trận đề kiểm tra;", "li"),
            P("Bảo vệ dữ liệu cá nhân của học sinh khi sử dụng các nền tảng trực tuyến.", "li"),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm triển khai lại cho tổ chuyên môn tại đơn"
                " vị trước ngày 30/11/2026."
            ),
        ],
        authors=["Trần Quang Vinh"],
        photographers=["Hoàng Đức"],
        opts={"poster": "bientap", "fields": [("Tác giả", "Trần Quang Vinh")]},
    ),
    Story(
        id=239,
        slug="trao-50-suat-hoc-bong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 50 suất học bổng cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-11-09",
        blocks=[
            P(
                "Chiều 06/11/2026, Hội Khuyến học huyện phối hợp với Phòng GD&ĐT và Quỹ Bảo trợ trẻ em"
                " tỉnh trao 50 suất học bổng cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt trên"
                " địa bàn huyện Krông Năng."
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, kèm theo cặp sách, áo ấm và đồ dùng học tập."
                " Phần lớn các em được nhận là học sinh người đồng bào dân tộc thiểu số ở các xã Ea Tân,"
                " Cư Klông, Ea Dăh."
            ),
            Img(
                f"{IMG}/11/trao-hoc-bong-2026.jpg",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "next",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện Hội Khuyến học huyện mong các em tiếp tục cố gắng, chăm"
                " ngoan, học giỏi để không phụ lòng gia đình, thầy cô và các nhà hảo tâm."
            ),
        ],
        source="Báo Đắk Lắk",
        opts={"poster": "admin", "fields": [("Nguồn", "Báo Đắk Lắk")]},
    ),
    Story(
        id=236,
        slug="ket-qua-kiem-tra-noi-bo-truong-hoc-thang-10-2026",
        title="Kết quả kiểm tra nội bộ trường học tháng 10/2026",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-05",
        blocks=[
            P(
                "Trong tháng 10/2026, Phòng GD&ĐT đã tiến hành kiểm tra chuyên đề công tác quản lý"
                " chuyên môn tại 6 trường trên địa bàn huyện. Kết quả cụ thể như sau:"
            ),
            P("TT | Đơn vị | Nội dung kiểm tra | Xếp loại", "th"),
            P("1 | Trường MN Hoa Sen | Thực hiện chương trình GDMN | Tốt", "tr"),
            P("2 | Trường TH Lê Lợi | Dạy học 2 buổi/ngày | Tốt", "tr"),
            P("3 | Trường TH Kim Đồng | Hồ sơ chuyên môn | Khá", "tr"),
            P("4 | Trường THCS Nguyễn Trãi | Sinh hoạt tổ chuyên môn | Tốt", "tr"),
            P(
                "Qua kiểm tra, các đơn vị cơ bản thực hiện đúng quy định; một số trường cần hoàn thiện"
                " hồ sơ sinh hoạt tổ chuyên môn theo nghiên cứu bài học và cập nhật kế hoạch giáo dục"
                " của giáo viên trên hệ thống."
            ),
        ],
        opts={"poster": "admin"},
    ),
    Story(
        id=233,
        slug="thong-bao-dang-ky-du-thi-hoc-sinh-gioi-lop-9-cap-huyen",
        title="Thông báo về việc đăng ký dự thi học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-30",
        blocks=[
            P(
                "Phòng GD&ĐT thông báo đến các trường THCS về việc đăng ký dự thi chọn học sinh giỏi"
                " lớp 9 cấp huyện năm học 2026 - 2027 như sau:"
            ),
            P("Môn thi: Toán, Ngữ văn, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học;", "li"),
            P("Thời gian thi: ngày 12/12/2026;", "li"),
            P("Địa điểm: Trường THCS Nguyễn Trãi, thị trấn Krông Năng;", "li"),
            P("Hạn đăng ký: trước ngày 20/11/2026 qua hộp thư điện tử của Phòng.", "li"),
            P(
                "Mẫu danh sách đăng ký tải tại đây: Mau-dang-ky-HSG9.xlsx.",
                "attach",
            ),
        ],
        opts={
            "poster": "admin",
            "attach": {"Mau-dang-ky-HSG9.xlsx": "uploads/van-ban/2026/Mau-dang-ky-HSG9.xlsx"},
        },
    ),
    Story(
        id=230,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-mam-non-so-2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường mầm non số 2",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-28",
        blocks=[
            P(
                "Ngày 23/10/2026, cụm trường mầm non số 2 gồm các trường MN Hoa Sen, MN Họa Mi, MN Ea"
                " Tân và MN Sơn Ca tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường MN Hoa"
                " Sen."
            ),
            Img(f"{IMG}/10/shcm-mam-non-1.jpg", None, None, "none"),
            P(
                "Hoạt động minh họa “Khám phá các loại quả” dành cho trẻ 5 - 6 tuổi do cô Y\xa0Bhiăng"
                " Niê thực hiện đã tạo được nhiều cơ hội để trẻ quan sát, trải nghiệm và chia sẻ."
            ),
            Img(
                f"{IMG}/10/shcm-mam-non-2.jpg",
                "Trẻ trải nghiệm, phân loại các loại quả",
                "Trẻ trải nghiệm, phân loại các loại quả",
                "next",
            ),
            P(
                "Các giáo viên dự giờ tập trung quan sát hoạt động của trẻ, phân tích nguyên nhân và"
                " đề xuất cách điều chỉnh để mỗi trẻ đều được tham gia; không đánh giá, xếp loại giờ"
                " dạy."
            ),
        ],
        authors=["Vũ Thị Lan", "Trần Văn Hùng"],
        opts={"poster": "bientap", "named": True, "fields": [("Tác giả", "Vũ Thị Lan, Trần Văn Hùng")]},
    ),
    Story(
        id=226,
        slug="giai-bong-da-nhi-dong-huyen-krong-nang-nam-2026",
        title="Sôi nổi Giải Bóng đá Nhi đồng huyện Krông Năng năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-20",
        blocks=[
            P(
                "Từ ngày 12 đến 18/10/2026, tại sân vận động huyện, Phòng GD&ĐT phối hợp với Phòng Văn"
                " hóa - Thông tin tổ chức Giải Bóng đá Nhi đồng năm 2026 với 18 đội bóng đến từ các"
                " trường tiểu học."
            ),
            Img(
                f"{IMG}/10/bong-da-nhi-dong-1.jpg",
                "Trận chung kết giữa đội Trường TH Lê Lợi và đội Trường TH Kim Đồng",
                "Trận chung kết giữa đội Trường TH Lê Lợi và đội Trường TH Kim Đồng",
                "table",
            ),
            P(
                "Sau 34 trận đấu, đội bóng Trường TH Lê Lợi giành chức vô địch; giải Nhì thuộc về Trường"
                " TH Kim Đồng, hai giải Ba thuộc về Trường TH Nguyễn Du và Trường TH Ea Tân."
            ),
            Raw(
                '<p style="text-align: right;"><em>Đinh Thị Hà (Trường TH Lê Lợi)</em></p>'
            ),
        ],
        authors=["Đinh Thị Hà"],
        opts={"poster": "admin"},
    ),
    Story(
        id=224,
        slug="hoi-nghi-trien-khai-nhiem-vu-giao-duc-tieu-hoc-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ giáo dục Tiểu học năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-16",
        summary=(
            "Ngày 14/10/2026, Phòng GD&ĐT tổ chức Hội nghị triển khai nhiệm vụ giáo dục Tiểu học năm"
            " học 2026 - 2027 cho hiệu trưởng, phó hiệu trưởng các trường tiểu học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội nghị đã đánh giá kết quả năm học 2025 - 2026: 100% trường tiểu học tổ chức dạy học"
                " 2 buổi/ngày, tỉ lệ học sinh hoàn thành chương trình lớp học đạt 99,2%."
            ),
            P("Nhiệm vụ trọng tâm năm học mới", "h"),
            P(
                "Tiếp tục thực hiện hiệu quả Chương trình giáo dục phổ thông 2018; nâng cao chất lượng"
                " dạy học Tiếng Việt cho học sinh dân tộc thiểu số; đẩy mạnh chuyển đổi số trong quản lý"
                " và dạy học; xây dựng trường học an toàn, thân thiện."
            ),
            Img(
                f"{IMG}/10/hoi-nghi-tieu-hoc.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                "next",
            ),
        ],
        authors=["Phạm Thị Hồng"],
        opts={"poster": "admin", "fields": [("Tác giả", "Phạm Thị Hồng")]},
    ),
    Story(
        id=217,
        slug="chuyen-de-giao-duc-stem-cap-huyen-bac-thcs",
        title="Chuyên đề giáo dục STEM cấp huyện bậc THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-02",
        blocks=[
            P(
                "Ngày 29/9/2026, tại Trường THCS Lê Đình Chinh, Phòng GD&ĐT tổ chức chuyên đề giáo dục"
                " STEM cấp huyện với bài học “Thiết kế hệ thống tưới cây tự động” môn Khoa học tự nhiên"
                " lớp 8."
            ),
            P(
                "Học sinh được chia thành 6 nhóm, tự tìm hiểu nguyên lý, lựa chọn vật liệu, lắp ráp mô"
                " hình và thuyết trình sản phẩm trước lớp. Nhiều sản phẩm sử dụng vật liệu tái chế như"
                " chai nhựa, ống hút, dây truyền dịch."
            ),
            Img(
                f"{IMG}/09/stem-thcs-1.jpg",
                "Các nhóm học sinh giới thiệu mô hình tưới cây tự động",
                "Các nhóm học sinh giới thiệu mô hình tưới cây tự động",
                "next",
            ),
            Img(f"{IMG}/09/stem-thcs-2.jpg", None, None, "none"),
            P(
                "Chuyên đề giúp giáo viên thấy rõ quy trình tổ chức một bài học STEM, từ xác định vấn đề"
                " thực tiễn đến đánh giá sản phẩm, làm cơ sở để các trường xây dựng kế hoạch giáo dục"
                " STEM trong năm học."
            ),
            Raw('<p style="text-align: right;"><strong>Ảnh: Y Khoa Niê</strong></p>'),
        ],
        photographers=["Y Khoa Niê"],
        opts={"poster": "admin", "named": True},
    ),
]

_DATES = {
    250: "24/11/2026", 248: "23/11/2026", 247: "21/11/2026", 245: "19/11/2026", 241: "12/11/2026",
    239: "09/11/2026", 236: "05/11/2026", 233: "30/10/2026", 230: "28/10/2026", 226: "20/10/2026",
    224: "16/10/2026", 217: "02/10/2026",
}
_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
_CAT_ID: dict[str, int] = {alias: cid for cid, (alias, _) in CATS.items()}

#: CMS Made Simple's combined-stylesheet cache under the site root ("tmp/cache/…"; written in two
#: pieces so the tree's check for machine paths does not read it as one)
_CACHE = "/" + "tmp/cache/"


def shown_date(story: Story) -> str:
    return _DATES[story.id]


def cat_name(story: Story) -> str:
    return CATS[_CAT_ID[story.cat]][1]


def article_path(story: Story) -> str:
    return f"/news/{story.id}/{NEWS_PAGE}/{story.slug}"


def raw_detail(story: Story, returnid: int) -> str:
    return f"/index.php?mact=News,cntnt01,detail,0&cntnt01articleid={story.id}&cntnt01returnid={returnid}"


def print_path(story: Story) -> str:
    return f"/index.php?mact=News,cntnt01,print,0&cntnt01articleid={story.id}"


def category_path(cid: int) -> str:
    return f"/news/category/{cid}/{NEWS_PAGE}/{CATS[cid][0]}"


def raw_page(cid: int | None, page: int) -> str:
    cat = f"&cntnt01category_id={cid}" if cid is not None else ""
    return f"/index.php?mact=News,cntnt01,default,0{cat}&cntnt01pagenumber={page}&cntnt01returnid={NEWS_PAGE}"


def newest(cid: int | None = None) -> list[Story]:
    items = [s for s in STORIES if cid is None or _CAT_ID[s.cat] == cid]
    return sorted(items, key=lambda s: s.id, reverse=True)


def page_count(cid: int | None) -> int:
    limit = NEWS_LIMIT if cid is None else CAT_LIMIT
    return max(1, -(-len(newest(cid)) // limit))


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        cat_name(s),
        alt_paths=[raw_detail(s, NEWS_PAGE), raw_detail(s, HOME_PAGE)],
        image_page="/",  # <base href="http://host/">: relative sources resolve at the root
    )
    for s in STORIES
]
SHOWTEMPLATE_LINKED = ["/gioi-thieu.html?showtemplate=false"]

NON_ARTICLES: list[str] = [
    "/",
    "/gioi-thieu.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/tin-tuc.html",
    *(raw_page(None, n) for n in range(1, page_count(None) + 1)),
    *(category_path(c) for c in CATS),
    *(raw_page(c, n) for c in CATS if page_count(c) > 1 for n in range(1, page_count(c) + 1)),
    "/van-ban.html",
    "/thu-vien-anh.html",
    "/lien-he.html",
    "/index.php?page=sitemap",
    *(print_path(s) for s in STORIES),
    *SHOWTEMPLATE_LINKED,
]


# --------------------------------------------------------------------------- rendering


def tiny_named(markup: str) -> str:
    """MicroTiny's ``entity_encoding: named``: letters with an HTML name become ``&name;``,
    the rest of Vietnamese (ạ, ơ, ư, ế …) stays raw UTF-8."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 128 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _img_tag(img: Img) -> str:
    return f'<img src="{esc(img.src)}" alt="" width="600" height="400" />'


def _image(img: Img) -> str:
    if img.style == "table":
        return (
            '<table style="margin-left: auto; margin-right: auto;" border="0" cellpadding="2">\n<tbody>\n'
            f"<tr>\n<td>{_img_tag(img)}</td>\n</tr>\n"
            f'<tr>\n<td style="text-align: center;"><em>{text(img.printed)}</em></td>\n</tr>\n'
            "</tbody>\n</table>"
        )
    if img.style == "inline":
        return f'<p style="text-align: center;">{_img_tag(img)}<br /><em>{text(img.printed)}</em></p>'
    out = f'<p style="text-align: center;">{_img_tag(img)}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
    return out


def _paragraph(story: Story, block: P) -> str:
    if block.style == "h":
        return f"<p><strong>{text(block.text)}</strong></p>"
    if block.style == "attach":
        body = text(block.text)
        for label, href in story.opts.get("attach", {}).items():
            body = body.replace(text(label), f'<a href="{esc(href)}">{text(label)}</a>')
        return f'<p style="text-align: justify;">{body}</p>'
    return f'<p style="text-align: justify;">{text(block.text)}</p>'


def content_html(story: Story) -> str:
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
                wrap = ("<strong>", "</strong>") if row.style == "th" else ("", "")
                cells = "".join(
                    f'<td style="border: 1px solid #000;">{wrap[0]}{text(c)}{wrap[1]}</td>'
                    for c in row.text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                '<table style="width: 100%; border-collapse: collapse;" border="1" cellspacing="0"'
                ' cellpadding="4">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"
            )
            continue
        if isinstance(block, P):
            parts.append(_paragraph(story, block))
        elif isinstance(block, Img):
            parts.append(_image(block))
        else:
            parts.append(block.html)
        i += 1
    markup = "\n".join(parts)
    return tiny_named(markup) if story.opts.get("named") else markup


def _excerpt(story: Story) -> str:
    if story.summary:
        return text(story.summary)
    raw = " ".join(b.text for b in story.blocks if isinstance(b, P))
    cut = raw if len(raw) <= 200 else raw[:200].rsplit(" ", 1)[0] + " ..."
    return text(cut)


def _thumb(story: Story) -> str:
    if story.images:
        src = story.images[0].src
        folder, name = src.rsplit("/", 1)
        return f"{folder}/thumb_{name}"
    return "uploads/images/no-image.jpg"


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    (HOME_PAGE, "/", "Trang chủ", []),
    (2, "/gioi-thieu.html", "Giới thiệu", [(3, "/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức")]),
    (NEWS_PAGE, "/tin-tuc.html", "Tin tức", []),
    (16, "/van-ban.html", "Văn bản", []),
    (18, "/thu-vien-anh.html", "Thư viện ảnh", []),
    (19, "/lien-he.html", "Liên hệ", []),
    (20, "/index.php?page=sitemap", "Sơ đồ site", []),
]


def _menu(base: str, active: int) -> str:
    on = ' class="menuactive"'
    lis = []
    for pid, href, label, kids in _MENU:
        sub = ""
        if kids:
            sub = (
                '\n<ul class="unli">'
                + "".join(
                    f'<li{on if k == active else ""}><a href="{base}{h}"><span>{esc(lb)}</span></a></li>'
                    for k, h, lb in kids
                )
                + "</ul>"
            )
        classes = " ".join(c for c in ("menuactive" if pid == active else "", "parent" if kids else "") if c)
        attr = f' class="{classes}"' if classes else ""
        link_attr = on if pid == active else ""
        lis.append(f'<li{attr}><a href="{base}{esc(href)}"{link_attr}><span>{esc(label)}</span></a>{sub}</li>')
    return '<div id="menu_vert">\n<ul class="menu_vert">\n' + "\n".join(lis) + '\n</ul>\n<div class="clearb"></div>\n</div>'


def _browsecat(base: str) -> str:
    lis = "".join(
        f'<li class="newscategory"><a href="{base}{category_path(cid)}">{esc(name)}</a> ({len(newest(cid))})</li>\n'
        for cid, (_alias, name) in CATS.items()
    )
    return f'<div class="sidebox"><h3 class="sidebox-title">Chuyên mục tin</h3>\n<ul class="list1">\n{lis}</ul></div>'


def _login_box() -> str:
    return """<div class="sidebox"><h3 class="sidebox-title">Đăng nhập</h3>
<form id="m3moduleform_1" method="post" action="index.php" class="cms_form" enctype="multipart/form-data">
<div class="hidden"><input type="hidden" name="mact" value="FrontEndUsers,m3,do_login,0" /><input type="hidden" name="m3returnid" value="1" /></div>
<p><label for="m3feu_input_username">Tên đăng nhập</label><br /><input type="text" id="m3feu_input_username" name="m3feu_input_username" size="15" maxlength="40" /></p>
<p><label for="m3feu_input_password">Mật khẩu</label><br /><input type="password" id="m3feu_input_password" name="m3feu_input_password" size="15" maxlength="40" /></p>
<p><input type="submit" name="m3submit" value="Đăng nhập" /></p>
</form></div>"""


def _poll() -> str:
    opts = ["Tin hoạt động chuyên môn", "Văn bản chỉ đạo", "Thông báo tuyển sinh", "Thư viện ảnh"]
    radios = "".join(
        f'<li><input type="radio" name="cntnt01answer" id="cntnt01answer_{n}" value="{n}" /><label for="cntnt01answer_{n}"> {esc(o)}</label></li>'
        for n, o in enumerate(opts, 1)
    )
    return f"""<div class="sidebox"><h3 class="sidebox-title">Thăm dò ý kiến</h3>
<form id="cntnt01moduleform_2" method="post" action="index.php"><div class="hidden"><input type="hidden" name="mact" value="Polls,cntnt01,vote,0" /><input type="hidden" name="cntnt01pollid" value="2" /><input type="hidden" name="cntnt01returnid" value="1" /></div>
<p class="pollquestion">Bạn quan tâm nhất đến nội dung nào trên trang?</p>
<ul class="pollanswers">{radios}</ul>
<p><input type="submit" name="cntnt01vote" value="Bình chọn" /></p></form></div>"""


def _search_box() -> str:
    return """<div class="sidebox search"><form id="cntnt01moduleform_3" method="get" action="index.php" class="cms_form">
<div class="hidden"><input type="hidden" name="mact" value="Search,cntnt01,dosearch,0" /><input type="hidden" name="cntnt01returnid" value="21" /></div>
<label for="cntnt01searchinput">Tìm kiếm:</label>&nbsp;<input type="text" class="search-input" id="cntnt01searchinput" name="cntnt01searchinput" size="18" maxlength="50" value="Nhập từ khóa..." onfocus="if(this.value==this.defaultValue) this.value='';" onblur="if(this.value=='') this.value=this.defaultValue;"/>
<input class="search-button" name="submit" value="Tìm" type="submit" />
</form></div>"""


_DOCS = [
    ("518/KH-PGDĐT", "24/11/2026", "Kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027", "uploads/van-ban/2026/kh-518-kiem-tra-hk1.pdf"),
    ("497/PGDĐT-TH", "10/11/2026", "Hướng dẫn tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học", "uploads/van-ban/2026/cv-497-huong-dan-gvdg-th.pdf"),
    ("461/PGDĐT-THCS", "21/10/2026", "Hướng dẫn thi chọn học sinh giỏi lớp 9 cấp huyện", "uploads/van-ban/2026/cv-461-hsg-lop-9.pdf"),
    ("412/KH-PGDĐT", "15/09/2026", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027", "uploads/van-ban/2026/kh-412-nhiem-vu-nam-hoc.pdf"),
]


def _sidebar_right(base: str) -> str:
    latest = "".join(
        f'<li><a href="{base}{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> <span class="date">({shown_date(s)})</span></li>\n'
        for s in newest()[:SIDEBAR]
    )
    docs = "".join(
        f'<li><a href="{base}/{href}" target="_blank">{esc(num)}</a> - {esc(title)}</li>\n'
        for num, _d, title, href in _DOCS[:3]
    )
    return f"""<div id="sidebar-right">
{_search_box()}
<div class="sidebox"><h3 class="sidebox-title">Tin mới</h3>
<ul class="NewsSummaryList">
{latest}</ul></div>
<div class="sidebox"><h3 class="sidebox-title">Văn bản mới</h3>
<ul class="list2">
{docs}</ul><p class="more"><a href="{base}/van-ban.html">Xem tất cả »</a></p></div>
<div class="sidebox"><h3 class="sidebox-title">Liên kết website</h3>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option><option value="https://krongnang.daklak.gov.vn">UBND huyện Krông Năng</option></select></div>
<div class="sidebox counter"><h3 class="sidebox-title">Thống kê truy cập</h3>
<p>Đang online: 12</p><p>Hôm nay: 245</p><p>Hôm qua: 312</p><p>Tổng lượt truy cập: 1.284.530</p></div>
</div>"""


def _head(request: Request, title: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>{esc(title)} | {esc(SHORT)}</title>
<meta name="Generator" content="CMS Made Simple - Copyright (C) 2004-2018. All rights reserved." />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="phòng giáo dục, krông năng, đắk lắk" />
<base href="{base}/" />
{extra}<link rel="stylesheet" type="text/css" href="{base}{_CACHE}stylesheet_combined_a1f3c9e2b7d4.css" media="screen" />
<link rel="stylesheet" type="text/css" href="{base}{_CACHE}stylesheet_combined_5e8d0b4c2a19.css" media="print" />
<script type="text/javascript" src="{base}/lib/jquery/js/jquery-1.11.1.min.js"></script>
<script type="text/javascript" src="{base}/uploads/js/jquery.fancybox.pack.js"></script>
</head>"""


def _page(
    request: Request,
    title: str,
    content: str,
    *,
    active: int,
    crumbs: list[tuple[str | None, str]],
    extra: str = "",
    home_boxes: bool = False,
) -> str:
    base = base_url(request)
    trail = " » ".join(
        f'<a href="{base}{href}" class="breadcrumb">{esc(label)}</a>' if href else f'<span class="lastitem">{esc(label)}</span>'
        for href, label in crumbs
    )
    slideshow = ""
    after = ""
    if home_boxes:
        slideshow = _slideshow(base)
        after = _home_boxes(base)
    return f"""{_head(request, title, extra)}
<body>
<div id="pagewrapper">
<div id="header">
<div class="topbar"><span class="today">Hôm nay: {TODAY}</span><span class="hotline">Đường dây nóng: {HOTLINE}</span></div>
<a href="{base}/" title="Trang chủ"><img src="{base}/uploads/images/banner/banner-pgd-krong-nang.jpg" alt="{esc(SITE)}" width="1000" height="150" /></a>
<h1 class="sitename hidden">{esc(SITE)}</h1>
</div>
<div class="crbk"><div class="breadcrumbs">Bạn đang ở: {trail}</div></div>
<div id="content">
<div id="sidebar-left">
{_menu(base, active)}
{_browsecat(base)}
{_login_box()}
{_poll()}
</div>
<div id="main">
{slideshow}<div class="content-inner">
{content}
</div>
{after}</div>
{_sidebar_right(base)}
<div class="clearb"></div>
</div>
<div id="footer">
<p><strong>{esc(SITE.upper())}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm chính: Trưởng phòng Giáo dục và Đào tạo huyện Krông Năng</p>
<p class="powered">Thiết kế: Công ty TNHH Tin học Hoàng Gia - Powered by <a href="http://www.cmsmadesimple.org">CMS Made Simple</a></p>
</div>
</div>
</body>
</html>"""


def _slideshow(base: str) -> str:
    slides = "".join(
        f'<li><img src="{base}/uploads/images/slide/slide-{n}.jpg" alt="" width="560" height="260" /></li>' for n in (1, 2, 3)
    )
    return f'<div id="slideshow"><ul class="slides">{slides}</ul></div>\n'


def _home_boxes(base: str) -> str:
    top = newest()[0]
    featured = f"""<div class="home-box featured"><h2 class="box-title">Tin nổi bật</h2>
<div class="NewsSummary"><img class="thumb" src="{_thumb(top)}" alt="" width="160" height="110" />
<div class="NewsSummaryLink"><a href="{base}{raw_detail(top, HOME_PAGE).replace('&', '&amp;')}">{esc(top.title)}</a></div>
<div class="NewsSummaryPostdate">{shown_date(top)}</div>
<div class="NewsSummarySummary">{_excerpt(top)}</div></div></div>"""
    rows = "".join(
        f'<li><a href="{base}{raw_detail(s, HOME_PAGE).replace("&", "&amp;")}">{esc(s.title)}</a> <em>({shown_date(s)})</em></li>\n'
        for s in newest()[1:7]
    )
    return f"""{featured}
<div class="home-box"><h2 class="box-title">Tin mới cập nhật</h2>
<ul class="home-news">
{rows}</ul><p class="more"><a href="{base}/tin-tuc.html">Xem tiếp »</a></p></div>
"""


# --- pages ------------------------------------------------------------------------------------


def _detail_fragment(story: Story, request: Request) -> str:
    base = base_url(request)
    cid = _CAT_ID[story.cat]
    summary = (
        f'<div id="NewsPostDetailSummary">\n<strong>\n{text(story.summary)}\n</strong>\n</div>\n' if story.summary else ""
    )
    fields = "".join(
        f'<div id="NewsPostDetailField" class="NewsDetailField">{esc(name)}:&nbsp;{esc(value)}</div>\n'
        for name, value in story.opts.get("fields", [])
    )
    others = "".join(
        f'<li><a href="{base}{raw_detail(s, NEWS_PAGE).replace("&", "&amp;")}">{esc(s.title)}</a> <span class="date">({shown_date(s)})</span></li>\n'
        for s in [o for o in newest(cid) if o.id != story.id][:OTHERS]
    )
    others_box = f'<div class="tinkhac"><h3>Các tin khác</h3>\n<ul>\n{others}</ul></div>\n' if others else ""
    return f"""<div id="NewsPostDetail">
<div id="NewsPostDetailDate">Ngày {shown_date(story)}</div>
<div id="NewsPostDetailTitle"><h1>{esc(story.title)}</h1></div>
<hr id="NewsPostDetailHorizRule" />
{summary}<div id="NewsPostDetailCategory">Chuyên mục: <a href="{base}{category_path(cid)}">{esc(cat_name(story))}</a></div>
<div id="NewsPostDetailContent">
{content_html(story)}
</div>
<div id="NewsPostDetailAuthor">Người đăng: {esc(story.opts["poster"])}</div>
{fields}<div class="tools"><a href="{base}{print_path(story).replace("&", "&amp;")}" target="_blank" rel="nofollow"><img src="{base}/uploads/images/icons/print.gif" alt="" /> In bài viết</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={quote(base + article_path(story), safe='')}" target="_blank">Chia sẻ Facebook</a> | Lượt xem: {story.views()}</div>
<div id="NewsPostDetailReturnLink"><a href="{base}/tin-tuc.html">« Quay lại</a></div>
</div>
{others_box}"""


def _detail(story: Story, request: Request, returnid: int) -> str:
    base = base_url(request)
    canonical = f'<link rel="canonical" href="{base}{article_path(story)}" />\n'
    if returnid == HOME_PAGE:
        return _page(
            request, "Trang chủ", _detail_fragment(story, request), active=HOME_PAGE,
            crumbs=[(None, "Trang chủ")], extra=canonical, home_boxes=True,
        )
    return _page(
        request, "Tin tức", _detail_fragment(story, request), active=NEWS_PAGE,
        crumbs=[("/", "Trang chủ"), (None, "Tin tức")], extra=canonical,
    )


def _print(story: Story, request: Request) -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title><base href="{base}/" />
<link rel="stylesheet" type="text/css" href="{base}/modules/News/templates/print.css" /></head>
<body onload="window.print();" class="print">
<p class="printheader">{esc(SITE)} - {base}</p>
<h3 id="NewsPostDetailTitle">{esc(story.title)}</h3>
<div id="NewsPostDetailDate">{shown_date(story)}</div>
{f"<div><strong>{text(story.summary)}</strong></div>" if story.summary else ""}
<div id="NewsPostDetailContent">{content_html(story)}</div>
</body></html>"""


def _summary_entry(story: Story, base: str) -> str:
    cid = _CAT_ID[story.cat]
    return f"""<div class="NewsSummary">
<div class="NewsSummaryPostdate">{shown_date(story)}</div>
<div class="NewsSummaryLink"><a href="{base}{article_path(story)}" title="{esc(story.title)}">{esc(story.title)}</a></div>
<div class="NewsSummaryCategory">Chuyên mục: <a href="{base}{category_path(cid)}">{esc(cat_name(story))}</a></div>
<div class="NewsSummarySummary"><img class="thumb" src="{_thumb(story)}" alt="" width="120" height="80" />{_excerpt(story)}</div>
<div class="NewsSummaryMorelink"><a href="{base}{article_path(story)}">Xem tiếp »</a></div>
</div>"""


def _pager(base: str, cid: int | None, page: int) -> str:
    last = page_count(cid)
    if last == 1:
        return ""

    def link(n: int, label: str) -> str:
        return f'<a href="{base}{raw_page(cid, n).replace("&", "&amp;")}">{label}</a>'

    parts = []
    if page > 1:
        parts += [link(1, "« Trang đầu"), link(page - 1, "‹ Trước")]
    else:
        parts += ['<span class="disabled">« Trang đầu</span>', '<span class="disabled">‹ Trước</span>']
    parts.append(f"Trang {page} / {last}")
    if page < last:
        parts += [link(page + 1, "Sau ›"), link(last, "Trang cuối »")]
    else:
        parts += ['<span class="disabled">Sau ›</span>', '<span class="disabled">Trang cuối »</span>']
    return '<div class="paging">' + "&nbsp;".join(parts) + "</div>"


def _listing(request: Request, cid: int | None, page: int) -> str | None:
    last = page_count(cid)
    if page < 1 or page > last:
        page = max(1, min(page, last))  # CMSMS clamps the page number
    limit = NEWS_LIMIT if cid is None else CAT_LIMIT
    base = base_url(request)
    items = newest(cid)[(page - 1) * limit : page * limit]
    heading = "Tin tức" if cid is None else CATS[cid][1]
    entries = "\n".join(_summary_entry(s, base) for s in items)
    content = f"""<h2 class="page-title">{esc(heading)}</h2>
{_pager(base, cid, page)}
{entries}
{_pager(base, cid, page)}"""
    return _page(request, "Tin tức", content, active=NEWS_PAGE, crumbs=[("/", "Trang chủ"), (None, "Tin tức")])


_INTRO = [
    "Phòng Giáo dục và Đào tạo huyện Krông Năng là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện,"
    " có chức năng tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào tạo trên"
    " địa bàn huyện.",
    "Năm học 2026 - 2027, toàn huyện có 64 trường mầm non, tiểu học và trung học cơ sở với hơn 28.000"
    " học sinh; 42 trường đạt chuẩn quốc gia.",
]
_ORG = [
    "Lãnh đạo Phòng: Trưởng phòng và 02 Phó Trưởng phòng.",
    "Các bộ phận chuyên môn: Mầm non, Tiểu học, Trung học cơ sở, Tổ chức cán bộ, Kế hoạch - Tài chính,"
    " Văn phòng.",
]


def _static(request: Request, pid: int, title: str, paragraphs: list[str], crumbs, fragment: bool) -> str | Response:
    content = f'<h2 class="page-title">{esc(title)}</h2>\n' + "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    if fragment:
        return content
    return _page(request, title, content, active=pid, crumbs=crumbs)


def _home_content(request: Request) -> str:
    base = base_url(request)
    return f"""<div class="welcome"><h2>Chào mừng quý vị đến với Cổng thông tin điện tử {esc(SITE)}</h2>
<p>{esc(_INTRO[0])} <a class="fancybox fancybox.iframe" href="{base}/gioi-thieu.html?showtemplate=false">Xem nhanh</a></p></div>"""


def _contact(request: Request) -> str:
    content = f"""<h2 class="page-title">Liên hệ</h2>
<p>{esc(SITE)}</p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE}</p>
<form id="m1moduleform_1" method="post" action="index.php" class="cms_form" enctype="multipart/form-data">
<div class="hidden"><input type="hidden" name="mact" value="FormBuilder,m1,default,1" /><input type="hidden" name="m1returnid" value="19" /><input type="hidden" name="m1form_id" value="1" /></div>
<div class="required"><label for="fbrp__2">Họ và tên <em>*</em></label><input type="text" name="m1fbrp__2" id="fbrp__2" size="25" /></div>
<div class="required"><label for="fbrp__3">Email <em>*</em></label><input type="text" name="m1fbrp__3" id="fbrp__3" size="25" /></div>
<div><label for="fbrp__4">Nội dung</label><textarea name="m1fbrp__4" id="fbrp__4" cols="60" rows="8"></textarea></div>
<div class="submit"><input type="submit" name="m1fbrp_submit" value="Gửi liên hệ" /></div></form>"""
    return _page(request, "Liên hệ", content, active=19, crumbs=[("/", "Trang chủ"), (None, "Liên hệ")])


def _documents(request: Request) -> str:
    base = base_url(request)
    rows = "".join(
        f'<tr><td>{esc(num)}</td><td>{d}</td><td>{esc(title)}</td><td><a href="{base}/{href}">Tải về</a></td></tr>\n'
        for num, d, title, href in _DOCS
    )
    content = f"""<h2 class="page-title">Văn bản</h2>
<table class="uploads" cellspacing="0"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>
<tbody>
{rows}</tbody></table>"""
    return _page(request, "Văn bản", content, active=16, crumbs=[("/", "Trang chủ"), (None, "Văn bản")])


def _gallery(request: Request) -> str:
    base = base_url(request)
    pics = [
        ("le-20-11-toan-canh", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam"),
        ("gvdg-tieu-hoc-1", "Hội thi giáo viên dạy giỏi bậc Tiểu học"),
        ("bong-da-nhi-dong-1", "Giải Bóng đá Nhi đồng 2026"),
        ("stem-thcs-1", "Chuyên đề STEM bậc THCS"),
    ]
    items = "".join(
        f'<div class="img"><a class="group" rel="gallery" href="{base}/uploads/images/Gallery/2026/{n}.jpg" title="{esc(t)}">'
        f'<img src="{base}/uploads/images/Gallery/2026/thumb_{n}.jpg" alt="{esc(t)}" /></a><p>{esc(t)}</p></div>\n'
        for n, t in pics
    )
    content = f'<h2 class="page-title">Thư viện ảnh</h2>\n<div class="gallery">\n{items}</div>'
    return _page(request, "Thư viện ảnh", content, active=18, crumbs=[("/", "Trang chủ"), (None, "Thư viện ảnh")])


def _sitemap(request: Request) -> str:
    base = base_url(request)
    lis = []
    for _pid, href, label, kids in _MENU:
        sub = "".join(f'<li><a href="{base}{h}">{esc(lb)}</a></li>' for _k, h, lb in kids)
        lis.append(f'<li><a href="{base}{esc(href)}">{esc(label)}</a>{f"<ul>{sub}</ul>" if sub else ""}</li>')
    content = '<h2 class="page-title">Sơ đồ site</h2>\n<ul class="sitemap">\n' + "\n".join(lis) + "\n</ul>"
    return _page(request, "Sơ đồ site", content, active=20, crumbs=[("/", "Trang chủ"), (None, "Sơ đồ site")])


def _not_found(request: Request) -> Response:
    content = '<h2 class="page-title">Lỗi 404</h2>\n<p>Không tìm thấy trang bạn yêu cầu. Vui lòng quay lại <a href="/">Trang chủ</a>.</p>'
    return html(_page(request, "Không tìm thấy trang", content, active=0, crumbs=[("/", "Trang chủ"), (None, "Lỗi 404")]), status=404)


_PRETTY_NEWS = re.compile(r"^/news/(\d+)/(\d+)(?:/([^/]*))?$")
_PRETTY_CAT = re.compile(r"^/news/category/(\d+)/(\d+)(?:/([^/]*))?$")
_ALIASES = {
    "gioi-thieu": "/gioi-thieu.html",
    "co-cau-to-chuc": "/gioi-thieu/co-cau-to-chuc.html",
    "tin-tuc": "/tin-tuc.html",
    "van-ban": "/van-ban.html",
    "thu-vien-anh": "/thu-vien-anh.html",
    "lien-he": "/lien-he.html",
}


class CmsmsPgd:
    """CMSMS's front controller: pretty routes, ``index.php?page=``, ``index.php?mact=``."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/uploads/van-ban/"):
            known = {href for *_x, href in _DOCS} | {
                h for s in STORIES for h in s.opts.get("attach", {}).values()
            }
            if path[1:] in known:
                ctype = "application/pdf" if path.endswith(".pdf") else "application/vnd.ms-excel"
                return Response(200, PDF, {"Content-Type": ctype})
            return _not_found(request)
        if path.startswith(("/uploads/", _CACHE, "/lib/", "/modules/")):
            return static_file(path) or _not_found(request)
        params = request.params
        fragment = params.get("showtemplate") == "false"
        result = self._route(request, params, fragment)
        if result is None:
            return _not_found(request)
        if isinstance(result, Response):
            return result
        return html(result, headers={"Set-Cookie": "CMSSESSID4a1b3c2d9e=0f6k2m8q4r1t7v3x5z9b; path=/"})

    def _route(self, request: Request, params: dict[str, str], fragment: bool) -> str | Response | None:
        path = request.path
        if m := _PRETTY_CAT.match(path):
            cid = int(m.group(1))
            return _listing(request, cid, 1) if cid in CATS else None
        if m := _PRETTY_NEWS.match(path):
            story = _BY_ID.get(int(m.group(1)))
            if story is None:
                return None
            return _detail_fragment(story, request) if fragment else _detail(story, request, int(m.group(2)))
        if path in ("/index.php", "/"):
            if "mact" in params:
                return self._module(request, params)
            if "page" in params:
                alias = params["page"]
                if alias == "sitemap":
                    return _sitemap(request)
                if alias in _ALIASES:
                    return self._content_page(request, _ALIASES[alias], fragment)
                return None
            if fragment:
                return _home_content(request)
            return _page(request, "Trang chủ", _home_content(request), active=HOME_PAGE, crumbs=[(None, "Trang chủ")], home_boxes=True)
        return self._content_page(request, path, fragment)

    def _content_page(self, request: Request, path: str, fragment: bool) -> str | Response | None:
        if path == "/gioi-thieu.html":
            return _static(request, 2, "Giới thiệu", _INTRO, [("/", "Trang chủ"), (None, "Giới thiệu")], fragment)
        if path == "/gioi-thieu/co-cau-to-chuc.html":
            crumbs = [("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"), (None, "Cơ cấu tổ chức")]
            return _static(request, 3, "Cơ cấu tổ chức", _ORG, crumbs, fragment)
        if path == "/tin-tuc.html":
            return _listing(request, None, 1)
        if path == "/van-ban.html":
            return _documents(request)
        if path == "/thu-vien-anh.html":
            return _gallery(request)
        if path == "/lien-he.html":
            return _contact(request)
        return None

    def _module(self, request: Request, params: dict[str, str]) -> str | Response | None:
        mact = params["mact"].split(",")
        if len(mact) != 4 or mact[0] != "News":
            return None
        action = mact[2]
        prefix = mact[1]
        try:
            if action == "detail":
                story = _BY_ID.get(int(params.get(f"{prefix}articleid", "")))
                returnid = int(params.get(f"{prefix}returnid", NEWS_PAGE))
                if story is None or returnid not in (HOME_PAGE, NEWS_PAGE):
                    return None
                return _detail(story, request, returnid)
            if action == "print":
                story = _BY_ID.get(int(params.get(f"{prefix}articleid", "")))
                return _print(story, request) if story else None
            if action == "default":
                raw_cat = params.get(f"{prefix}category_id")
                cid = int(raw_cat) if raw_cat else None
                if cid is not None and cid not in CATS:
                    return None
                return _listing(request, cid, int(params.get(f"{prefix}pagenumber", "1")))
        except ValueError:
            return None
        return None


def build_site() -> CmsmsPgd:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return CmsmsPgd()
