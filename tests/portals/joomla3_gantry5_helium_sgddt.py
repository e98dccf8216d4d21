"""Sở Giáo dục và Đào tạo tỉnh Hà Giang on Joomla 3.9 with a Gantry 5 theme derived from Helium.

Platform: Joomla 3.9 (com_content category blog and single-article views, SEF URLs with IDs,
the legacy router), Gantry 5 with a Helium-derived outline: particles print the header (date
particle, logo, menu), the home page's slider and content array and the footer/copyright. The
article text is typed in JCE (inline styles, ``wf_caption`` spans, pasted tables).

URL scheme
- ``/`` home (Gantry outline: slider of three posts, content-array particle, "Chuyên môn" box);
- ``/tin-tuc`` the blog of the parent category "Tin tức" (Itemid 108): only its sub-category list;
- ``/tin-tuc/<catid>-<cat-alias>`` a category blog, ``?start=<offset>`` its next pages, the first
  page also linked as ``?limitstart=0`` by the pagination of page 2;
- ``/tin-tuc/<catid>-<cat-alias>/<id>-<alias>`` a post; also served as
  ``/index.php?option=com_content&view=article&id=<id>:<alias>&catid=<catid>&Itemid=108`` (slider),
  ``/component/content/article/<id>-<alias>?catid=<catid>&Itemid=101`` (most-read box) and
  ``…?tmpl=component&print=1&layout=default`` (print icon);
- ``/<menu-alias>``: ``/gioi-thieu``, ``/co-cau-to-chuc``, ``/lien-he``, ``/thu-vien-anh``,
  ``/van-ban`` (category list of documents) and its entries ``/van-ban/14-van-ban-chi-dao/<id>-<alias>``.

Page templates: Gantry page (``#g-top`` date particle, ``#g-navigation`` menu, ``#g-main``
with ``#main-mainbar`` + ``#main-sidebar``, ``#g-footer``, ``#g-copyright``); com_content
``item-page`` (page heading ``h1``, headline ``h2 itemprop=headline``, ``dl.article-info``,
full-text image, ``div[itemprop=articleBody]``); ``blog`` (leading 1 + intro items + "Thêm bài
viết..." links + Joomla pagination); ``category-list`` table for the documents.

How the gold articles are reached
- "Hoạt động ngành" (cat 9, 7 posts): blog limit 6 = 1 leading + 3 intro + 2 title links;
  page 1 holds 251, 249, 246, 243 and the links 240, 236; ``?start=6`` holds 232 only.
- "Thông báo" (cat 10, 4 posts): limit 3; page 1: 250, 247, 241; ``?start=3``: 233 only.
- "Chuyên môn - Nghiệp vụ" (cat 11): 245 (two pages with the pagebreak plugin) and 238.
- Home: slider (non-SEF links to 251, 249, 243), content array (251, 249, 246, 243), "Chuyên
  môn" box (245, 238); sidebar "Tin xem nhiều" (251, 250 SEF; 249, 243 ``/component/content``)
  and "Thông báo mới" (250, 247, 241). 232 and 233 are reachable only through page 2.

Traps
1. Title: the ``h1`` of every post is the menu item's page heading "Tin tức" (show_page_heading);
   the headline is the ``h2 itemprop=headline``. Gold title = the h2.
2. Three dates in the info block, in the vi-VN LC2 form "Thứ sáu, 28 Tháng 11 2026 09:15":
   "Ngày xuất bản" (publish_up), "Ngày viết" (created, days earlier) and "Cập nhật lần cuối"
   (modified); the blog listings print only "Ngày viết". Gold = "Ngày xuất bản".
3. Full-text image outside ``articleBody`` (``div.item-image`` above the text), its caption only
   in the ``title`` of ``<img class="caption">`` (Joomla's caption.js prints it under the photo).
   Gold: first image, caption = the title (post 251).
4. JCE's ``wf_caption``: the caption is a ``<span>`` inside the same ``<p>`` as the image (post
   249). Gold: caption, not body.
5. Joomla's e-mail cloaking inside a text paragraph: a ``<span id="cloak…">`` with the
   no-JavaScript notice and an inline ``<script>`` that writes the address (post 236). Gold: the
   paragraph as the page prints it, the notice included, none of the script.
6. ``{loadposition}``: a module ("Tin cùng chuyên mục", ``div.moduletable`` with ``h3`` + list)
   rendered in the middle of ``articleBody`` (post 246). Not body.
7. The Attachments extension appends its table (``table.attachmentsList``, caption "Tập tin đính
   kèm:", file name | size) inside ``articleBody`` (post 247). Not body (file lines), although
   table rows elsewhere are paragraphs (post 241's results table is body, row by row).
8. Pagebreak plugin: post 245 is split in two pages with an "Mục lục bài viết" index and a
   "Trang 1 / 2" pager (``?showall=&limitstart=1``, ``?showall=1&limitstart=``). Gold: the
   whole text at the first page's URL; the page URLs and "all pages" URL are alt_paths; the
   index entries and pager are not body.
9. show_intro=0 on post 240: the blog prints an intro text the post page does not print. Gold
   body and summary come from the post page (summary null).
10. One post, many URLs: SEF, non-SEF ``index.php?…&id=251:alias``, ``/component/content/article``
    and print view; no canonical link on any of them. All in alt_paths.
11. Joomla blog pagination: the "Thêm bài viết..." title links count in the page's limit, so
    page 2 starts at ``?start=6``; page 2 links the first page as ``?limitstart=0`` (a twin of
    the listing).
12. Bylines as the editor typed them: "Tin, ảnh: Hoàng Thị Mai" (251), "Tin: Lý Văn Sùng - Ảnh:
    Minh Đức" (249), a name with its unit in parentheses (243), "ThS. … - Phòng …" (240), a unit
    alone ("Văn phòng Sở", "Phòng Giáo dục Trung học", "Hội đồng xét tuyển"), "BBT" (232, none),
    the account "Quản trị viên" in the info block (never an author), "Nguồn: Báo Hà Giang" (246).
13. A notice printed as an official document (250): letterhead table, "Số:", "Hà Giang, ngày 30
    tháng 11 năm 2026", "THÔNG BÁO" + subject, closing table with "Nơi nhận" and the signer.
14. A research note (238) whose byline stands *before* its "Tài liệu tham khảo" list; the
    bracketed calls "[1]" stay in the sentences and the list is body.

Gold decisions on ambiguous points
- A cloaked e-mail address is text as the HTML prints it (the notice), not the address the
  script would write: the crawler reads HTML, and the script is no text.
- The caption of an ``img.caption`` is its ``title`` (what caption.js prints for every visitor).
- Post 245: body = page 1 + page 2 in order (as ``?showall=1`` prints it); the part titles of the
  index ("Tổ chức thực hiện") are not body, the ``h3`` headings the editor typed are.
- The official document's date is the letterhead's day (2026-11-30) though the info block also
  prints "Ngày xuất bản" 01/12/2026 16:40, per the house convention.
- A publication time printed as "00:00" (246) is a day without a time.
- Post 233's opening "Theo Công văn số …" is a body sentence, not a source.
- Category = the category name as the breadcrumb prints it ("Hoạt động ngành", not "Tin tức").
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla3_gantry5_helium_sgddt"
PLATFORM = "Joomla 3.9 + Gantry 5 (Helium) com_content"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
ITEMID = 108
CATS = {
    "9": ("hoat-dong-nganh", "Hoạt động ngành", 6),
    "10": ("thong-bao", "Thông báo", 3),
    "11": ("chuyen-mon-nghiep-vu", "Chuyên môn - Nghiệp vụ", 6),
}
CLOAK_MSG = "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó."
PAGEBREAK = '<hr class="system-pagebreak" title="Tổ chức thực hiện" alt="Tổ chức thực hiện" />'
PRINT_Q = "tmpl=component&print=1&layout=default"

J = 'style="text-align: justify;"'
RIGHT = 'style="text-align: right;"'


def _right(inner: str) -> Raw:
    return Raw(f"<p {RIGHT}>{inner}</p>")


STORIES: list[Story] = [
    Story(
        251,
        "so-gd-dt-ha-giang-to-chuc-hoi-nghi-chuyen-doi-so-trong-giao-duc-nam-2026",
        "Sở GD&ĐT Hà Giang tổ chức Hội nghị chuyển đổi số trong giáo dục năm 2026",
        "9",
        "2026-12-03T14:30:00+07:00",
        [
            Img("/images/tin-tuc/2026/12/hoi-nghi-cds-01.jpg", "Quang cảnh Hội nghị chuyển đổi số",
                "Quang cảnh Hội nghị chuyển đổi số", style="fulltext"),
            P("Chiều ngày 03/12/2026, Sở Giáo dục và Đào tạo tỉnh Hà Giang tổ chức Hội nghị chuyển đổi "
              "số trong giáo dục năm 2026 với sự tham dự của hơn 300 đại biểu là lãnh đạo các phòng "
              "giáo dục và đào tạo, hiệu trưởng các trường trung học phổ thông trên địa bàn tỉnh.", "bold"),
            P("Phát biểu khai mạc, đồng chí Giám đốc Sở nhấn mạnh chuyển đổi số là nhiệm vụ trọng tâm "
              "của ngành trong giai đoạn 2026-2030, gắn với việc xây dựng cơ sở dữ liệu ngành và học bạ "
              "số cho 100% học sinh phổ thông."),
            Img("/images/tin-tuc/2026/12/hoi-nghi-cds-02.jpg", "(Đồng chí Phó Giám đốc Sở trình bày báo cáo tại Hội nghị)",
                "Đồng chí Phó Giám đốc Sở trình bày báo cáo tại Hội nghị", style="p_em"),
            P("Theo báo cáo, đến hết tháng 11/2026 toàn tỉnh có 612/648 cơ sở giáo dục triển khai học bạ "
              "số, 100% trường trung học sử dụng sổ điểm điện tử; tuy vậy hạ tầng mạng ở các xã vùng "
              "cao vẫn còn nhiều khó khăn."),
            P("Tại Hội nghị, các đại biểu đã thảo luận, chia sẻ kinh nghiệm về tổ chức dạy học trực tuyến, "
              "ứng dụng trí tuệ nhân tạo trong kiểm tra, đánh giá và bảo đảm an toàn thông tin."),
            _right("<strong>Tin, ảnh: Hoàng Thị Mai</strong>"),
        ],
        authors=["Hoàng Thị Mai"],
        photographers=["Hoàng Thị Mai"],
        summary="Chiều ngày 03/12/2026, Sở Giáo dục và Đào tạo tỉnh Hà Giang tổ chức Hội nghị chuyển đổi "
        "số trong giáo dục năm 2026 với sự tham dự của hơn 300 đại biểu là lãnh đạo các phòng "
        "giáo dục và đào tạo, hiệu trưởng các trường trung học phổ thông trên địa bàn tỉnh.",
        opts={"pub": "2026-12-03 14:30", "created": "2026-12-03 10:05", "modified": "2026-12-04 08:12"},
    ),
    Story(
        249,
        "khai-mac-hoi-khoe-phu-dong-tinh-ha-giang-lan-thu-xii",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Hà Giang lần thứ XII",
        "9",
        "2026-12-01T08:00:00+07:00",
        [
            P("Sáng 01/12/2026, tại Nhà thi đấu tỉnh, Sở Giáo dục và Đào tạo phối hợp với Sở Văn hóa, "
              "Thể thao và Du lịch long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng tỉnh Hà Giang lần "
              "thứ XII, năm 2026."),
            Img("/images/tin-tuc/2026/12/hkpd-khai-mac.jpg", "Các đoàn vận động viên diễu hành qua lễ đài",
                "Các đoàn vận động viên diễu hành qua lễ đài", style="wf"),
            P("Tham gia Hội khỏe có 1.260 vận động viên đến từ 11 huyện, thành phố và các trường trung "
              "học phổ thông trực thuộc Sở, tranh tài ở 9 môn: điền kinh, bơi, bóng đá, bóng chuyền, cầu "
              "lông, bóng bàn, cờ vua, đá cầu và võ cổ truyền."),
            P("Hội khỏe Phù Đổng là dịp để đánh giá kết quả công tác giáo dục thể chất và hoạt động thể "
              "thao trong trường học, đồng thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn "
              "quốc lần thứ XI."),
            Img("/images/tin-tuc/2026/12/hkpd-bong-chuyen.jpg", "Ảnh: Minh Đức", None, style="p_em"),
            P("Các môn thi đấu diễn ra từ ngày 01 đến ngày 07/12/2026 tại thành phố Hà Giang."),
            _right("<strong>Tin: Lý Văn Sùng - Ảnh: Minh Đức</strong>"),
        ],
        authors=["Lý Văn Sùng"],
        photographers=["Minh Đức"],
        opts={"pub": "2026-12-01 08:00", "created": "2026-11-30 21:40", "modified": "2026-12-01 09:02"},
    ),
    Story(
        246,
        "doan-cong-tac-cua-bo-gd-dt-kiem-tra-cong-tac-chuan-bi-ky-thi-chon-hoc-sinh-gioi",
        "Đoàn công tác của Bộ GD&ĐT kiểm tra công tác chuẩn bị kỳ thi chọn học sinh giỏi quốc gia",
        "9",
        "2026-11-27",
        [
            P("Ngày 26/11/2026, Đoàn công tác của Bộ Giáo dục và Đào tạo do đồng chí Phó Cục trưởng Cục "
              "Quản lý chất lượng làm trưởng đoàn đã kiểm tra công tác chuẩn bị kỳ thi chọn học sinh "
              "giỏi quốc gia trung học phổ thông năm học 2026-2027 tại Hà Giang."),
            P("Đoàn đã kiểm tra cơ sở vật chất, hệ thống camera giám sát tại Hội đồng thi đặt ở Trường "
              "THPT Chuyên Hà Giang và làm việc với Ban Chỉ đạo thi của tỉnh."),
            Raw('<div class="moduletable"><h3>Tin cùng chuyên mục</h3><ul class="category-module mod-list">'
                '<li><a class="mod-articles-category-title " href="/tin-tuc/9-hoat-dong-nganh/'
                '243-truong-ptdtbt-thcs-lung-cu-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia">'
                'Trường PTDTBT THCS Lũng Cú đón nhận Bằng công nhận đạt chuẩn quốc gia</a>'
                '<span class="mod-articles-category-date">24/11/2026</span></li>'
                '<li><a class="mod-articles-category-title " href="/tin-tuc/9-hoat-dong-nganh/'
                '240-tap-huan-giao-vien-cot-can-ve-chuong-trinh-giao-duc-dia-phuong">'
                'Tập huấn giáo viên cốt cán về Chương trình giáo dục địa phương</a>'
                '<span class="mod-articles-category-date">20/11/2026</span></li></ul></div>'),
            P("Năm nay, Hà Giang có 58 học sinh thuộc 8 môn dự thi; kỳ thi diễn ra từ ngày 08 đến ngày "
              "10/01/2027 theo hình thức thi trên giấy."),
            P("Kết luận buổi kiểm tra, Trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của tỉnh và đề nghị "
              "Sở tiếp tục rà soát phương án bảo đảm an ninh, an toàn tuyệt đối cho kỳ thi."),
            Raw(f'<p {RIGHT}><em>Nguồn: Báo Hà Giang</em></p>'),
        ],
        source="Báo Hà Giang",
        opts={"pub": "2026-11-27 00:00", "created": "2026-11-26 17:20", "modified": "2026-11-27 07:55"},
    ),
    Story(
        243,
        "truong-ptdtbt-thcs-lung-cu-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia",
        "Trường PTDTBT THCS Lũng Cú đón nhận Bằng công nhận đạt chuẩn quốc gia",
        "9",
        "2026-11-24T10:20:00+07:00",
        [
            P("Ngày 22/11/2026, Trường Phổ thông dân tộc bán trú THCS Lũng Cú, huyện Đồng Văn tổ chức "
              "Lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1."),
            Img("/images/tin-tuc/2026/11/lung-cu-don-bang.jpg",
                "Lãnh đạo huyện Đồng Văn trao Bằng công nhận cho nhà trường",
                "Lãnh đạo huyện Đồng Văn trao Bằng công nhận cho nhà trường", style="table"),
            P("Nằm ở điểm cực Bắc của Tổ quốc, nhà trường hiện có 14 lớp với 486 học sinh, trong đó 98% "
              "là học sinh dân tộc Mông và Lô Lô; 312 em ở bán trú tại trường."),
            P("Những năm qua, nhờ sự quan tâm của các cấp và sự đồng hành của cha mẹ học sinh, tỷ lệ "
              "học sinh chuyên cần đạt trên 97%, không có học sinh bỏ học."),
            _right("<strong>Thu Hương</strong> (Trường PTDTBT THCS Lũng Cú)"),
        ],
        authors=["Thu Hương"],
        opts={"pub": "2026-11-24 10:20", "created": "2026-11-23 15:48", "modified": "2026-11-24 10:31"},
    ),
    Story(
        240,
        "tap-huan-giao-vien-cot-can-ve-chuong-trinh-giao-duc-dia-phuong",
        "Tập huấn giáo viên cốt cán về Chương trình giáo dục địa phương tỉnh Hà Giang",
        "9",
        "2026-11-20T15:45:00+07:00",
        [
            P("Từ ngày 18 đến ngày 20/11/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn cho 245 giáo "
              "viên cốt cán cấp tiểu học và trung học cơ sở về triển khai tài liệu giáo dục địa phương "
              "tỉnh Hà Giang."),
            P("Các học viên được hướng dẫn khai thác các chủ đề về lịch sử, văn hóa, di sản Công viên địa "
              "chất toàn cầu Cao nguyên đá Đồng Văn và nghề truyền thống của đồng bào các dân tộc."),
            P("Sau tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên tại đơn vị "
              "trước ngày 15/12/2026."),
            _right("<strong>ThS. Nguyễn Thị Lan - Phòng Giáo dục Tiểu học</strong>"),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={
            "pub": "2026-11-20 15:45", "created": "2026-11-20 11:02", "modified": "2026-11-21 08:00",
            "intro": "Nhằm nâng cao năng lực cho đội ngũ, Sở GD&ĐT tổ chức lớp tập huấn về giáo dục địa phương.",
        },
    ),
    Story(
        236,
        "ha-giang-100-truong-hoc-hoan-thanh-cap-nhat-du-lieu-nganh",
        "Hà Giang: 100% trường học hoàn thành cập nhật dữ liệu ngành",
        "9",
        "2026-11-14T09:00:00+07:00",
        [
            P("Tính đến ngày 12/11/2026, 100% cơ sở giáo dục mầm non và phổ thông trên địa bàn tỉnh đã "
              "hoàn thành cập nhật dữ liệu đầu năm học 2026-2027 lên cơ sở dữ liệu ngành."),
            P("Dữ liệu được cập nhật gồm thông tin trường, lớp, học sinh, đội ngũ và cơ sở vật chất, là "
              "căn cứ để Sở tổng hợp báo cáo thống kê gửi Bộ Giáo dục và Đào tạo."),
            P("Mọi vướng mắc trong quá trình cập nhật, các đơn vị liên hệ Phòng Kế hoạch - Tài chính, "
              "điện thoại 0219.3866.245, email: " + CLOAK_MSG, "cloak:khtc.sgddt@hagiang.edu.vn"),
            _right("<strong>Văn phòng Sở</strong>"),
        ],
        authors=["Văn phòng Sở"],
        opts={"pub": "2026-11-14 09:00", "created": "2026-11-13 16:30", "modified": "2026-11-14 09:00"},
    ),
    Story(
        232,
        "phat-dong-phong-trao-thi-dua-chao-mung-ngay-nha-giao-viet-nam-20-11",
        "Phát động phong trào thi đua chào mừng ngày Nhà giáo Việt Nam 20/11",
        "9",
        "2026-10-30T07:45:00+07:00",
        [
            P("Hướng tới kỷ niệm 44 năm ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công đoàn "
              "ngành Giáo dục Hà Giang phát động đợt thi đua cao điểm trong toàn ngành."),
            P("👉 Thời gian: từ ngày 01/11 đến ngày 20/11/2026."),
            P("👉 Nội dung: thi đua dạy tốt, học tốt; tổ chức các tiết học tốt, giờ học tốt và các hoạt "
              "động văn hóa, văn nghệ, thể thao."),
            P("Kết thúc đợt thi đua, các đơn vị gửi báo cáo về Công đoàn ngành trước ngày 25/11/2026."),
            _right("<strong>BBT</strong>"),
        ],
        opts={"pub": "2026-10-30 07:45", "created": "2026-10-29 14:10", "modified": "2026-10-30 07:45"},
    ),
    Story(
        250,
        "thong-bao-lich-tiep-cong-dan-thang-12-2026-cua-giam-doc-so",
        "Thông báo lịch tiếp công dân tháng 12/2026 của Giám đốc Sở",
        "10",
        "2026-11-30",
        [
            Raw('<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
                '<td style="width: 40%; text-align: center;"><p>UBND TỈNH HÀ GIANG<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO'
                '</strong></p><p>Số: 2387/TB-SGDĐT</p></td><td style="width: 60%; text-align: center;"><p><strong>'
                'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong></p>'
                '<p><em>Hà Giang, ngày 30 tháng 11 năm 2026</em></p></td></tr></tbody></table>'
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc '
                'Sở Giáo dục và Đào tạo</strong></p>'),
            P("Thực hiện Luật Tiếp công dân năm 2013 và Quy chế tiếp công dân của Sở Giáo dục và Đào tạo, "
              "Sở thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở như sau:"),
            P("1. Thời gian: từ 07 giờ 30 phút đến 11 giờ 00 phút, ngày 15/12/2026."),
            P("2. Địa điểm: Phòng tiếp công dân, Sở Giáo dục và Đào tạo, số 12 đường Nguyễn Trãi, thành "
              "phố Hà Giang."),
            P("Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung "
              "kiến nghị, phản ánh./."),
            Raw('<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%;"><p><strong><em>Nơi nhận:'
                '</em></strong><br />- Website Sở;<br />- Lãnh đạo Sở;<br />- Lưu: VT, TTr.</p></td>'
                '<td style="width: 50%; text-align: center;"><p><strong>GIÁM ĐỐC</strong></p><p><em>(Đã ký)</em></p>'
                '<p><strong>Nguyễn Đức Thành</strong></p></td></tr></tbody></table>'),
        ],
        authors=["Nguyễn Đức Thành"],
        opts={"pub": "2026-12-01 16:40", "created": "2026-12-01 16:21", "modified": "2026-12-01 16:40"},
    ),
    Story(
        247,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        "10",
        "2026-11-26T16:40:00+07:00",
        [
            P("Sở Giáo dục và Đào tạo tỉnh Hà Giang thông báo tuyển dụng 46 chỉ tiêu viên chức giảng dạy "
              "tại các trường trung học phổ thông trực thuộc năm 2026 (đợt 2)."),
            P("Hình thức tuyển dụng: xét tuyển theo quy định tại Nghị định số 115/2020/NĐ-CP."),
            P("Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 27/11/2026 đến hết ngày 26/12/2026 (trong "
              "giờ hành chính), tại Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo."),
            Raw('<p>Xem thêm: <a href="/van-ban/14-van-ban-chi-dao/71-ke-hoach-so-2210-kh-sgddt-tuyen-dung-vien-chuc-nam-2026">'
                'Kế hoạch số 2210/KH-SGDĐT tuyển dụng viên chức năm 2026</a></p>'),
            Raw('<div class="attachmentsContainer"><table class="attachmentsList" id="attachmentsList_com_content_default_247">'
                '<caption>Tập tin đính kèm:</caption><thead><tr><th class="at_filename">Tập tin</th>'
                '<th class="at_file_size">Kích thước</th></tr></thead><tbody>'
                '<tr class="odd"><td class="at_filename"><a class="at_icon" href="/attachments/article/247/TB-tuyen-dung-dot-2.pdf">'
                '<img src="/media/attachments/icons/pdf.gif" alt="" /></a>&nbsp;<a class="at_url" '
                'href="/attachments/article/247/TB-tuyen-dung-dot-2.pdf">TB-tuyen-dung-dot-2.pdf</a></td>'
                '<td class="at_file_size">312 Kb</td></tr>'
                '<tr class="even"><td class="at_filename"><a class="at_url" href="/attachments/article/247/Phieu-dang-ky.pdf">'
                'Phieu-dang-ky.pdf</a></td><td class="at_file_size">88 Kb</td></tr></tbody></table></div>'),
        ],
        opts={"pub": "2026-11-26 16:40", "created": "2026-11-26 15:02", "modified": "2026-11-28 10:15"},
    ),
    Story(
        241,
        "ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026-dot-1",
        "Kết quả xét tuyển viên chức giáo dục năm 2026 (đợt 1)",
        "10",
        "2026-11-21T11:00:00+07:00",
        [
            P("Hội đồng xét tuyển viên chức Sở Giáo dục và Đào tạo thông báo kết quả xét tuyển viên chức "
              "năm 2026 (đợt 1) đối với các vị trí còn thiếu như sau:"),
            P("TT | Vị trí việc làm | Chỉ tiêu | Số trúng tuyển", "row"),
            P("1 | Giáo viên Toán THPT | 8 | 8", "row"),
            P("2 | Giáo viên Tiếng Anh THPT | 6 | 5", "row"),
            P("3 | Giáo viên Tin học THPT | 4 | 4", "row"),
            P("Người trúng tuyển hoàn thiện hồ sơ và nhận quyết định tuyển dụng tại Phòng Tổ chức cán bộ "
              "trước ngày 05/12/2026."),
            _right("<strong>Hội đồng xét tuyển</strong>"),
        ],
        authors=["Hội đồng xét tuyển"],
        opts={"pub": "2026-11-21 11:00", "created": "2026-11-21 09:45", "modified": "2026-11-21 11:00"},
    ),
    Story(
        233,
        "thong-bao-nghi-le-tet-duong-lich-nam-2027",
        "Thông báo nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên",
        "10",
        "2026-11-02T08:30:00+07:00",
        [
            P("Theo Công văn số 1876/UBND-VX ngày 28/10/2026 của Ủy ban nhân dân tỉnh, cán bộ, công chức, "
              "viên chức và người lao động ngành Giáo dục được nghỉ Tết Dương lịch năm 2027 một ngày, "
              "thứ Sáu ngày 01/01/2027."),
            P("Các cơ sở giáo dục bố trí lịch trực, bảo đảm an toàn tài sản trong thời gian nghỉ và báo cáo "
              "tình hình về Văn phòng Sở trước 16 giờ 00 ngày 04/01/2027."),
        ],
        opts={"pub": "2026-11-02 08:30", "created": "2026-11-01 20:14", "modified": "2026-11-02 08:30"},
    ),
    Story(
        245,
        "huong-dan-to-chuc-day-hoc-2-buoi-ngay-doi-voi-cap-thcs-nam-hoc-2026-2027",
        "Hướng dẫn tổ chức dạy học 2 buổi/ngày đối với cấp THCS năm học 2026-2027",
        "11",
        "2026-11-25T14:00:00+07:00",
        [
            P("Căn cứ hướng dẫn của Bộ Giáo dục và Đào tạo, Sở hướng dẫn các phòng giáo dục và đào tạo, "
              "các trường trung học cơ sở tổ chức dạy học 2 buổi/ngày năm học 2026-2027 như sau:"),
            P("I. YÊU CẦU CHUNG", "h3"),
            P("Việc dạy học 2 buổi/ngày phải bảo đảm tự nguyện, phù hợp điều kiện cơ sở vật chất, đội ngũ "
              "và nhu cầu của cha mẹ học sinh."),
            P("Buổi thứ hai dành cho củng cố kiến thức, bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu và "
              "các hoạt động trải nghiệm.", "li"),
            P("Không dạy trước chương trình, không tổ chức kiểm tra, đánh giá ở buổi thứ hai.", "li"),
            Raw(PAGEBREAK),
            P("II. TỔ CHỨC THỰC HIỆN", "h3"),
            P("Phòng Giáo dục và Đào tạo các huyện, thành phố chỉ đạo các trường xây dựng kế hoạch, báo "
              "cáo Sở trước ngày 10/12/2026."),
            P("Hiệu trưởng các trường chịu trách nhiệm bố trí thời khóa biểu hợp lý, bảo đảm mỗi ngày "
              "học không quá 7 tiết."),
            _right("<strong>Phòng Giáo dục Trung học</strong>"),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={"pub": "2026-11-25 14:00", "created": "2026-11-24 09:12", "modified": "2026-11-25 14:05"},
    ),
    Story(
        238,
        "doi-moi-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-kinh-nghiem-tu-meo-vac",
        "Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học: kinh nghiệm từ huyện Mèo Vạc",
        "11",
        "2026-11-17T09:30:00+07:00",
        [
            P("Sinh hoạt chuyên môn theo nghiên cứu bài học đã được triển khai ở các trường phổ thông từ "
              "năm 2014 và được quy định lại trong Công văn số 5555/BGDĐT-GDTrH.[1]"),
            P("Tại huyện Mèo Vạc, các trường chọn những bài học khó, tổ chức dự giờ có quan sát học sinh và "
              "thảo luận sau giờ dạy thay vì xếp loại giáo viên.[2]"),
            P("Kết quả khảo sát năm học 2025-2026 cho thấy 86% giáo viên cho rằng hình thức này giúp họ "
              "hiểu học sinh hơn và điều chỉnh được phương pháp dạy học."),
            Raw(f'<p {RIGHT}><strong>TS. Vàng Thị Mỷ</strong><br /><em>Phó Trưởng phòng GDTrH</em></p>'),
            P("Tài liệu tham khảo", "h4"),
            P("[1] Bộ Giáo dục và Đào tạo (2014), Công văn số 5555/BGDĐT-GDTrH về hướng dẫn sinh hoạt "
              "chuyên môn."),
            P("[2] Phòng GD&ĐT Mèo Vạc (2026), Báo cáo tổng kết năm học 2025-2026."),
        ],
        authors=["Vàng Thị Mỷ"],
        opts={"pub": "2026-11-17 09:30", "created": "2026-11-16 22:03", "modified": "2026-11-18 07:40"},
    ),
]
BY_ID = {s.id: s for s in STORIES}

DOCS = [
    (71, "ke-hoach-so-2210-kh-sgddt-tuyen-dung-vien-chuc-nam-2026", "2210/KH-SGDĐT", "20/11/2026",
     "Kế hoạch tuyển dụng viên chức năm 2026", "KH-2210.pdf"),
    (68, "cong-van-so-2150-sgddt-gdtrh-huong-dan-kiem-tra-danh-gia", "2150/SGDĐT-GDTrH", "12/11/2026",
     "Hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026-2027", "CV-2150.pdf"),
]

_WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def lc2(value: str) -> str:
    d = _dt(value)
    return f"{_WD[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {d:%H:%M}"


def lc3(value: str) -> str:
    d = _dt(value)
    return f"{d.day:02d} Tháng {d.month} {d.year}"


def iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def cat_path(cat: str) -> str:
    return f"/tin-tuc/{cat}-{CATS[cat][0]}"


def art_path(s: Story) -> str:
    return f"{cat_path(s.cat)}/{s.id}-{s.slug}"


def nonsef_path(s: Story) -> str:
    return f"/index.php?option=com_content&view=article&id={s.id}:{s.slug}&catid={s.cat}&Itemid={ITEMID}"


def component_path(s: Story) -> str:
    return f"/component/content/article/{s.id}-{s.slug}?catid={s.cat}&Itemid=101"


def cat_stories(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["pub"], reverse=True)


# --- article text -----------------------------------------------------------------------------


def _cloak(prefix: str, address: str, seed: int) -> str:
    cid = f"cloak{seed:04x}9b1e5c07d2f84a6e3c1b0d9f7a2e5c{seed % 97:02d}"
    user, host = address.split("@")
    host_js = " + '&#46;' + ".join(f"'{part}'" for part in host.split("."))
    return (
        f"<p {J}>{esc(prefix)}<span id=\"{cid}\">{esc(CLOAK_MSG)}</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('{cid}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{cid[5:]} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{cid[5:]} = addy{cid[5:]} + {host_js};\n"
        f"\t\t\t\tvar addy_text{cid[5:]} = '{user}' + '&#64;' + {host_js};"
        f"document.getElementById('{cid}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + addy{cid[5:]} "
        f"+ '\\'>'+addy_text{cid[5:]}+'<\\/a>';\n\t\t</script></p>"
    )


def _img_html(img: Img) -> str:
    alt = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    tag = f'<img src="{img.src}" alt="{alt}" width="640" height="427" />'
    if img.style == "wf":
        return (
            '<p style="text-align: center;"><span class="wf_caption" style="display: inline-block; max-width: 640px;">'
            f'<img src="{img.src}" alt="{alt}" width="640" height="427" style="display: block;" />'
            f'<span style="display: block;">{esc(img.printed or "")}</span></span></p>'
        )
    if img.style == "table":
        return (
            '<table style="margin-left: auto; margin-right: auto;" border="0" cellpadding="3"><tbody>'
            f"<tr><td>{tag}</td></tr><tr><td style=\"text-align: center;\"><span style=\"font-size: 10pt;\">"
            f"<em>{esc(img.printed or '')}</em></span></td></tr></tbody></table>"
        )
    line = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p style="text-align: center;">{tag}</p>{line}'


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li {J}>{esc(p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cell = "th" if n == 0 else "td"
                    cells = "".join(f'<{cell} style="border: 1px solid #000;">{esc(c.strip())}</{cell}>'
                                    for c in p.text.split("|"))
                    rows.append(f"<tr>{cells}</tr>")
                out.append('<table class="table" style="width: 100%; border-collapse: collapse;" border="1">'
                           f"<tbody>{''.join(rows)}</tbody></table>")
            continue
        if isinstance(b, P):
            if b.style == "bold":
                out.append(f"<p {J}><strong>{esc(b.text)}</strong></p>")
            elif b.style in ("h3", "h4"):
                out.append(f"<{b.style}>{esc(b.text)}</{b.style}>")
            elif b.style.startswith("cloak:"):
                prefix = b.text[: -len(CLOAK_MSG)]
                out.append(_cloak(prefix, b.style[6:], i + 40))
            else:
                out.append(f'<p {J}><span style="font-family: \'times new roman\', times; font-size: 14pt;">'
                           f"{esc(b.text)}</span></p>")
        elif isinstance(b, Img):
            if b.style != "fulltext":
                out.append(_img_html(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def story_pages(s: Story) -> list[str]:
    """The article's text split by the pagebreak plugin (one item when there is no break)."""
    parts: list[list] = [[]]
    for b in s.blocks:
        if isinstance(b, Raw) and b.html == PAGEBREAK:
            parts.append([])
        else:
            parts[-1].append(b)
    return [render_blocks(p) for p in parts]


# --- chrome --------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", 101, []),
    ("/gioi-thieu", "Giới thiệu", 102, [("/gioi-thieu", "Chức năng, nhiệm vụ"), ("/co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("/tin-tuc", "Tin tức", ITEMID, [(cat_path(c), CATS[c][1]) for c in CATS]),
    ("/van-ban", "Văn bản", 110, []),
    ("/thu-vien-anh", "Thư viện ảnh", 111, []),
    ("/lien-he", "Liên hệ", 112, []),
]


INDICATOR = '<span class="g-menu-parent-indicator" data-g-menuparent=""></span>'


def _menu(active: str) -> str:
    items = []
    for href, label, mid, children in MENU:
        cls = f"g-menu-item g-menu-item-type-component g-menu-item-{mid}" + (" g-parent" if children else "")
        cls += " active" if href == active else ""
        sub = ""
        if children:
            lis = "".join(
                f'<li class="g-menu-item g-menu-item-type-url g-menu-item-{mid}{n}">'
                f'<a class="g-menu-item-container" href="{h}"><span class="g-menu-item-content">'
                f'<span class="g-menu-item-title">{esc(t)}</span></span></a></li>'
                for n, (h, t) in enumerate(children)
            )
            sub = (
                '<ul class="g-dropdown g-inactive g-fade g-dropdown-right"><li class="g-dropdown-column">'
                '<div class="g-grid"><div class="g-block size-100"><ul class="g-sublevel">'
                '<li class="g-level-1 g-go-back"><a class="g-menu-item-container" href="#" data-g-menuparent="">'
                f'<span>Quay lại</span></a></li>{lis}</ul></div></div></li></ul>'
            )
        items.append(
            f'<li class="{cls} g-standard"><a class="g-menu-item-container" href="{href}">'
            f'<span class="g-menu-item-content"><span class="g-menu-item-title">{esc(label)}</span></span>'
            f'{INDICATOR if children else ""}</a>{sub}</li>'
        )
    return '<nav class="g-main-nav" data-g-hover-expand="true"><ul class="g-toplevel">' + "".join(items) + "</ul></nav>"


def _sidebar() -> str:
    def li(s: Story, href: str) -> str:
        return (f'<li class="mostread-item"><a href="{href}" itemprop="url"><span itemprop="name">{esc(s.title)}'
                f'</span></a> <span class="mod-hits">({s.views()})</span></li>')

    pop = "".join([
        li(BY_ID[251], art_path(BY_ID[251])), li(BY_ID[249], component_path(BY_ID[249])),
        li(BY_ID[243], component_path(BY_ID[243])), li(BY_ID[250], art_path(BY_ID[250])),
    ])
    notices = "".join(
        f'<li><a class="mod-articles-category-title " href="{art_path(s)}">{esc(s.title)}</a> '
        f'<span class="mod-articles-category-date">({_dt(s.opts["pub"]):%d/%m/%Y})</span></li>'
        for s in cat_stories("10")[:3]
    )
    return f"""
<div class="g-content"><div class="platform-content"><div class="moduletable ">
<h3 class="g-title">Tin xem nhiều</h3><ul class="mostread mod-list">{pop}</ul></div></div></div>
<div class="g-content"><div class="platform-content"><div class="moduletable thongbao">
<h3 class="g-title"><span>Thông báo mới</span></h3><ul class="category-module mod-list">{notices}</ul></div></div></div>
<div class="g-content"><div class="platform-content"><div class="moduletable ">
<h3 class="g-title">Thăm dò ý kiến</h3>
<form action="/" method="post" name="poll_vote_3" id="poll_vote_3"><p class="acepolls-question">Bạn đánh giá thế nào về giao diện website mới của Sở?</p>
<label><input type="radio" name="voteid" value="7" /> Rất đẹp, dễ sử dụng</label><br />
<label><input type="radio" name="voteid" value="8" /> Bình thường</label><br />
<label><input type="radio" name="voteid" value="9" /> Khó tìm thông tin</label><br />
<input type="submit" name="task_button" class="btn btn-mini" value="Biểu quyết" />
<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" />
<input type="hidden" name="id" value="3" /></form></div></div></div>
<div class="g-content"><div class="platform-content"><div class="moduletable ">
<h3 class="g-title">Liên kết website</h3>
<select name="weblinks" onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://hagiang.gov.vn">Cổng TTĐT tỉnh Hà Giang</option>
<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option></select>
<p><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/dich-vu-cong.png" alt="Dịch vụ công trực tuyến" /></a></p>
<p><a href="https://hagiang.edu.vn/elearning" target="_blank" rel="noopener"><img src="/images/banners/hoc-truc-tuyen.png" alt="Học trực tuyến" /></a></p>
</div></div></div>
<div class="g-content"><div class="platform-content"><div class="moduletable ">
<h3 class="g-title">Thống kê truy cập</h3><div class="vinaora_visitors_counter"><table class="vvc_stats"><tbody>
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vonline.png" alt="" /></td><td>Đang online</td><td align="right">27</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vtoday.png" alt="" /></td><td>Hôm nay</td><td align="right">1.204</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vall.png" alt="" /></td><td>Tổng truy cập</td><td align="right">3.482.917</td></tr>
</tbody></table></div></div></div></div>"""


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    lis = []
    for n, (href, label) in enumerate(trail, 1):
        inner = (f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                 if href else f'<span itemprop="name">{esc(label)}</span>')
        div = '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>' if n < len(trail) else ""
        lis.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">{inner}{div}'
                   f'<meta itemprop="position" content="{n}"></li>')
    return ('<div class="moduletable "><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
            '<li>Bạn đang ở: &#160;</li>' + "".join(lis) + "</ul></div>")


def page(request: Request, *, title: str, body_class: str, active: str, main: str,
         trail: list[tuple[str | None, str]] | None = None, showcase: str = "", description: str = "") -> Response:
    base = base_url(request)
    crumbs = _breadcrumb(trail) if trail else ""
    desc = description or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hà Giang"
    doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta charset="utf-8" />
<base href="{base}{request.path}" />
<meta name="keywords" content="sở giáo dục, hà giang, giáo dục đào tạo" />
<meta name="author" content="Quản trị viên" />
<meta name="description" content="{esc(desc)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/g5_helium/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/gantry5/assets/css/font-awesome.min.css" rel="stylesheet" />
<link href="/templates/g5_helium/custom/css-compiled/helium-sgd_9.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8c1f0e2a4b" type="text/javascript"></script>
<script src="/media/system/js/caption.js?8c1f0e2a4b" type="text/javascript"></script>
<script type="text/javascript">jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="gantry site {body_class} dir-ltr outline-9 g-offcanvas-left g-default g-style-preset1">
<div id="g-offcanvas" data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1"><div class="g-grid"><div class="g-block size-100">
<div id="mobile-menu-6041-particle" class="g-content g-particle"><div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div>
</div></div></div>
<div id="g-page-surround">
<div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>
<section id="g-top"><div class="g-container"><div class="g-grid">
<div class="g-block size-50"><div id="date-3215-particle" class="g-content g-particle"><div class="g-date"><span>{HEADER_DATE}</span></div></div></div>
<div class="g-block size-50"><div id="social-2210-particle" class="g-content g-particle"><div class="g-social">
<a href="https://www.facebook.com/sogddthagiang" target="_blank" rel="noopener noreferrer"><span class="fa fa-facebook fa-fw"></span></a>
<a href="https://www.youtube.com/@sogddthagiang" target="_blank" rel="noopener noreferrer"><span class="fa fa-youtube fa-fw"></span></a>
</div></div></div></div></div></section>
<header id="g-navigation"><div class="g-container"><div class="g-grid">
<div class="g-block size-30"><div id="logo-9608-particle" class="g-content g-particle">
<a href="/" target="_self" title="Sở Giáo dục và Đào tạo tỉnh Hà Giang" aria-label="Sở Giáo dục và Đào tạo tỉnh Hà Giang" rel="home" class="g-logo">
<img src="/templates/g5_helium/custom/images/logo-sgddt-hagiang.png" alt="Sở Giáo dục và Đào tạo tỉnh Hà Giang" /></a></div></div>
<div class="g-block size-55"><div id="menu-6409-particle" class="g-content g-particle">{_menu(active)}</div></div>
<div class="g-block size-15"><div class="g-content"><div class="platform-content"><div class="search mod_search93">
<form action="{request.path}" method="post" class="form-inline" role="search">
<label for="mod-search-searchword93" class="element-invisible">Tìm kiếm</label>
<input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" />
</form></div></div></div></div>
</div></div></header>
{showcase}
<section id="g-breadcrumb"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content">{crumbs}</div></div></div></div></div></section>
<section id="g-main"><div class="g-container"><div class="g-grid">
<div class="g-block size-70" id="main-mainbar"><div class="g-content"><div class="platform-content row-fluid"><div class="span12">
<div id="system-message-container"></div>
{main}
</div></div></div></div>
<div class="g-block size-30" id="main-sidebar">{_sidebar()}</div>
</div></div></section>
<footer id="g-footer"><div class="g-container"><div class="g-grid">
<div class="g-block size-60"><div id="custom-4417-particle" class="g-content g-particle">
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</strong></p>
<p>Địa chỉ: Số 12, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</p>
<p>Điện thoại: 0219.3866.210 - Fax: 0219.3866.211 - Email: sgddt@hagiang.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Giám đốc Sở Giáo dục và Đào tạo</p>
</div></div>
<div class="g-block size-40"><div id="custom-4418-particle" class="g-content g-particle">
<p>Giấy phép số 12/GP-TTĐT ngày 15/3/2019 của Sở Thông tin và Truyền thông tỉnh Hà Giang.</p>
<p>Ghi rõ nguồn "Sở GD&amp;ĐT Hà Giang" khi phát hành lại thông tin từ website này.</p>
</div></div></div></div></footer>
<section id="g-copyright"><div class="g-container"><div class="g-grid">
<div class="g-block size-80"><div id="copyright-8771-particle" class="g-content g-particle">&copy; 2019 - 2026 Sở Giáo dục và Đào tạo tỉnh Hà Giang. Thiết kế trên nền Joomla! &amp; Gantry 5</div></div>
<div class="g-block size-20"><div id="totop-1303-particle" class="g-content g-particle"><div class="g-totop g-particle"><a href="#" id="g-totop" rel="nofollow">Lên đầu trang <i class="fa fa-chevron-up fa-fw"></i></a></div></div></div>
</div></div></section>
</div>
<script type="text/javascript" src="/media/gantry5/engines/nucleus/js/nucleus.js"></script>
<script type="text/javascript" src="/templates/g5_helium/js/main.js"></script>
</body>
</html>"""
    return html(doc)


# --- com_content views ---------------------------------------------------------------------------


def _info_block(s: Story, *, blog: bool) -> str:
    cname = CATS[s.cat][1]
    o = s.opts
    if blog:
        return (
            '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            f'<dd class="create"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{iso(o["created"])}" itemprop="dateCreated">Ngày viết: {lc3(o["created"])}</time></dd>'
            f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
            f'<meta itemprop="interactionCount" content="UserPageVisits:{s.views()}" />Lượt xem: {s.views()}</dd></dl>'
        )
    return (
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        'Viết bởi <span itemprop="name">Quản trị viên</span></dd>'
        f'<dd class="category-name">Danh mục: <a href="{cat_path(s.cat)}" itemprop="genre">{esc(cname)}</a></dd>'
        f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{iso(o["pub"])}" itemprop="datePublished">Ngày xuất bản: {lc2(o["pub"])}</time></dd>'
        f'<dd class="create"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{iso(o["created"])}" itemprop="dateCreated">Ngày viết: {lc2(o["created"])}</time></dd>'
        f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{iso(o["modified"])}" itemprop="dateModified">Cập nhật lần cuối: {lc2(o["modified"])}</time></dd>'
        f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
        f'<meta itemprop="interactionCount" content="UserPageVisits:{s.views()}" />Lượt xem: {s.views()}</dd></dl>'
    )


def _related(s: Story) -> str:
    others = [o for o in cat_stories(s.cat) if o.id != s.id and o.id not in (232, 233)][:3]
    lis = "".join(f'<li><a href="{art_path(o)}">{esc(o.title)}</a></li>' for o in others)
    return (f'<div class="moduletable related"><h3>Bài viết liên quan</h3>'
            f'<ul class="relateditems mod-list">{lis}</ul></div>')


def _pagenav(s: Story) -> str:
    if s.cat != "11":
        return ""
    items = cat_stories("11")
    n = items.index(s)
    lis = []
    if n > 0:
        lis.append(f'<li class="previous"><a class="hasTooltip" title="{esc(items[n - 1].title)}" '
                   f'href="{art_path(items[n - 1])}" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li>')
    if n < len(items) - 1:
        lis.append(f'<li class="next"><a class="hasTooltip" title="{esc(items[n + 1].title)}" '
                   f'href="{art_path(items[n + 1])}" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li>')
    return '<ul class="pager pagenav">' + "".join(lis) + "</ul>"


def article_main(s: Story, part: int | None, *, printing: bool = False) -> tuple[str, str]:
    """The item-page markup and the page title; ``part`` None = all pages (showall)."""
    path = art_path(s)
    pages = story_pages(s)
    page_title = s.title
    toc = pager = ""
    if len(pages) > 1:
        names = [s.title, "Tổ chức thực hiện"]
        current = 0 if part is None else part
        lis = "".join(
            f'<li class="{"active" if part == n else ""}"><a href="{path}?showall=&amp;limitstart={n or ""}" '
            f'class="toclink">{esc(name)}</a></li>' for n, name in enumerate(names)
        )
        lis += (f'<li class="{"active" if part is None else ""}"><a href="{path}?showall=1&amp;limitstart=" '
                'class="toclink">Tất cả các trang</a></li>')
        toc = ('<div class="pull-right article-index"><h3>Mục lục bài viết</h3>'
               f'<ul class="nav nav-tabs nav-stacked">{lis}</ul></div>')
        if part is not None:
            text = pages[part]
            if part:
                page_title = f"{s.title} - {names[part]}"
            prev = (f'<li class="previous"><a href="{path}?showall=&amp;limitstart=" rel="prev">&lt;&lt; Trước</a></li>'
                    if part else "")
            nxt = (f'<li class="next"><a href="{path}?showall=&amp;limitstart=1" rel="next">Tiếp &gt;&gt;</a></li>'
                   if part < len(pages) - 1 else "")
            pager = (f'<div class="pager"><p class="counter">Trang {current + 1} / {len(pages)}</p>'
                     f'<ul>{prev}{nxt}</ul></div>')
        else:
            text = "\n".join(pages)
    else:
        text = pages[0]
    full = next((b for b in s.images if b.style == "fulltext"), None)
    image = ""
    if full:
        image = (f'<div class="pull-none item-image"> <img class="caption" title="{esc(full.caption or "")}" '
                 f'src="{full.src}" alt="{esc(s.title)}" itemprop="image"/> </div>')
    icons = "" if printing else (
        '<div class="icons"><div class="btn-group pull-right">'
        '<button class="btn dropdown-toggle" type="button" data-toggle="dropdown" aria-haspopup="true" '
        'aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" '
        'aria-hidden="true"></span></button><ul class="dropdown-menu"><li class="print-icon">'
        f'<a href="{path}?tmpl=component&amp;print=1&amp;layout=default" title="In bài viết &lt; {esc(s.title)} &gt;" '
        "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,"
        "resizable=yes,width=640,height=480,directories=no,location=no'); return false;\" rel=\"nofollow\">"
        '<span class="icon-print" aria-hidden="true"></span> In</a></li></ul></div></div>'
    )
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
{'' if printing else '<div class="page-header"><h1> Tin tức </h1></div>'}
<div class="page-header"><h2 itemprop="headline">{esc(s.title)}</h2></div>
{icons}
{_info_block(s, blog=False)}
{image}
{toc}
<div itemprop="articleBody">
{text}
</div>
{pager}
{'' if printing else _pagenav(s)}
</div>
{'' if printing else _related(s)}"""
    return main, page_title


def article_response(request: Request, s: Story, part: int | None, printing: bool) -> Response:
    main, title = article_main(s, part, printing=printing)
    if printing:
        return html(f"""<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta charset="utf-8" />
<meta name="robots" content="noindex, nofollow" /><title>{esc(title)}</title>
<link href="/templates/g5_helium/custom/css-compiled/helium-sgd_9.css" rel="stylesheet" /></head>
<body class="contentpane modal"><div id="system-message-container"></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print"></span> In</a></div>
{main}</body></html>""")
    cname = CATS[s.cat][1]
    return page(
        request, title=f"{title} - Sở GD&ĐT Hà Giang", body_class=f"com_content view-article itemid-{ITEMID}",
        active="/tin-tuc", main=main,
        trail=[("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (cat_path(s.cat), cname), (None, s.title)],
        description=s.paragraphs[0][:155],
    )


def _blog_item(s: Story, cls: str) -> str:
    href = art_path(s)
    intro = s.opts.get("intro") or s.paragraphs[0]
    title = s.title if len(s.title) <= 50 else s.title[:48].rsplit(" ", 1)[0] + "..."
    thumb = s.images[0].src.replace("/images/tin-tuc/", "/images/tin-tuc/thumbs/") if s.images else None
    img = (f'<div class="pull-left item-image"><a href="{href}"><img src="{thumb}" alt="" itemprop="thumbnailUrl"/></a></div>'
           if thumb else "")
    return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{href}" itemprop="url">{esc(s.title)}</a></h2></div>
{_info_block(s, blog=True)}
{img}
<p {J}>{esc(intro)}</p>
<p class="readmore"><a class="btn" href="{href}" itemprop="url" aria-label="Đọc thêm: {esc(s.title)}">
<span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {esc(title)}</a></p>
</div>"""


def blog_response(request: Request, cat: str, start: int) -> Response | None:
    _, cname, limit = CATS[cat]
    items = cat_stories(cat)
    if start % limit or start >= len(items):
        return None
    chunk = items[start:start + limit]
    npages = (len(items) + limit - 1) // limit
    lead_n, intro_n = (1, 3) if cat == "9" else (1, 2)
    out = [f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1> {esc(cname)} </h1></div>']
    if chunk[:lead_n]:
        out.append('<div class="items-leading clearfix">'
                   + _blog_item(chunk[0], "leading-0 clearfix") + "</div>")
    for n, s in enumerate(chunk[lead_n:lead_n + intro_n]):
        out.append(f'<div class="items-row cols-1 row-{n} row-fluid clearfix"><div class="span12">'
                   + _blog_item(s, "item column-1") + "</div></div>")
    links = chunk[lead_n + intro_n:]
    if links:
        lis = "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in links)
        out.append(f'<div class="items-more"><h3>Thêm bài viết...</h3><ol class="nav nav-tabs nav-stacked">{lis}</ol></div>')
    if npages > 1:
        cur = start // limit
        base = cat_path(cat)

        def href(p: int) -> str:
            return f"{base}?limitstart=0" if p == 0 else f"{base}?start={p * limit}"

        lis = []
        if cur == 0:
            lis.append('<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li>'
                       '<li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li>')
        else:
            lis.append(f'<li><a title="Đầu" href="{href(0)}" class="hasTooltip pagenav"><span class="icon-first"></span></a></li>'
                       f'<li><a title="Trước" href="{href(cur - 1)}" class="hasTooltip pagenav"><span class="icon-previous"></span></a></li>')
        for p in range(npages):
            lis.append(f'<li class="active hidden-phone"><a>{p + 1}</a></li>' if p == cur
                       else f'<li class="hidden-phone"><a title="{p + 1}" href="{href(p)}" class="hasTooltip pagenav">{p + 1}</a></li>')
        if cur < npages - 1:
            lis.append(f'<li><a title="Tiếp" href="{href(cur + 1)}" class="hasTooltip pagenav"><span class="icon-next"></span></a></li>'
                       f'<li><a title="Cuối" href="{href(npages - 1)}" class="hasTooltip pagenav"><span class="icon-last"></span></a></li>')
        else:
            lis.append('<li class="disabled"><a><span class="icon-next"></span></a></li>'
                       '<li class="disabled"><a><span class="icon-last"></span></a></li>')
        out.append(f'<div class="pagination"><p class="counter pull-right"> Trang {cur + 1} / {npages} </p>'
                   f'<ul class="pagination-list">{"".join(lis)}</ul></div>')
    out.append("</div>")
    return page(request, title=f"{cname} - Sở GD&ĐT Hà Giang", body_class=f"com_content view-category layout-blog itemid-{ITEMID}",
                active="/tin-tuc", main="\n".join(out),
                trail=[("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (None, cname)])


def parent_blog(request: Request) -> Response:
    kids = "".join(
        f'<div class="{"first" if n == 0 else ""}"><h3 class="page-header item-title"><a href="{cat_path(c)}">{esc(name)}</a> '
        f'<span class="badge badge-info tip hasTooltip" title="Số bài viết:">{len(cat_stories(c))}</span></h3></div>'
        for n, (c, (_, name, _)) in enumerate(CATS.items())
    )
    main = ('<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1> Tin tức </h1></div>'
            f'<div class="cat-children"><h3>Danh mục con</h3>{kids}</div></div>')
    return page(request, title="Tin tức - Sở GD&ĐT Hà Giang", body_class=f"com_content view-category layout-blog itemid-{ITEMID}",
                active="/tin-tuc", main=main, trail=[("/", "Trang chủ"), (None, "Tin tức")])


# --- other pages ---------------------------------------------------------------------------------


def home(request: Request) -> Response:
    slides = "".join(
        f'<li class="dj-slide"><a href="{nonsef_path(BY_ID[i])}"><img src="{BY_ID[i].images[0].src}" alt="{esc(BY_ID[i].title)}" />'
        f'</a><div class="dj-slide-desc"><div class="dj-slide-title"><a href="{nonsef_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a>'
        "</div></div></li>"
        for i in (251, 249, 243)
    )
    showcase = (f'<section id="g-showcase"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content">'
                f'<div class="dj-slideshow"><ul class="dj-slides">{slides}</ul></div></div></div></div></div></section>')
    arr = []
    for s in cat_stories("9")[:4]:
        thumb = s.images[0].src.replace("/images/tin-tuc/", "/images/tin-tuc/thumbs/") if s.images else "/images/no-image.png"
        teaser = s.paragraphs[0][:120].rsplit(" ", 1)[0] + "…"
        arr.append(
            f'<div class="g-block"><div class="g-content"><div class="g-array-item"><div class="g-array-item-image">'
            f'<a href="{art_path(s)}"><img src="{thumb}" width="300" height="200" alt="{esc(s.title)}" /></a></div>'
            f'<div class="g-array-item-title"><h3 class="g-item-title"><a href="{art_path(s)}">{esc(s.title)}</a></h3></div>'
            f'<div class="g-array-item-details"><span class="g-array-item-date"><i class="fa fa-clock-o" aria-hidden="true"></i>'
            f'{_dt(s.opts["created"]):%d/%m/%Y}</span></div><div class="g-array-item-text">{esc(teaser)}</div>'
            f'<div class="g-array-item-read-more"><a href="{art_path(s)}"><button class="button">Xem tiếp</button></a></div></div></div></div>'
        )
    prof = "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in cat_stories("11"))
    main = (f'<div id="contentarray-5120-particle" class="g-content g-particle"><div class="g-content-array g-joomla-articles">'
            f'<h2 class="g-title">Tin tức - Sự kiện</h2><div class="g-grid">{"".join(arr)}</div></div></div>'
            f'<div class="moduletable chuyenmon"><h3 class="g-title">Chuyên môn - Nghiệp vụ</h3>'
            f'<ul class="category-module mod-list">{prof}</ul></div>')
    return page(request, title="Trang chủ - Sở GD&ĐT Hà Giang", body_class="com_content view-featured itemid-101",
                active="/", main=main, showcase=showcase)


def _static_article(request: Request, path: str, title: str, inner: str, active: str) -> Response:
    main = (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
            f'<h2 itemprop="headline">{esc(title)}</h2></div><div itemprop="articleBody">{inner}</div></div>')
    return page(request, title=f"{title} - Sở GD&ĐT Hà Giang", body_class="com_content view-article", active=active,
                main=main, trail=[("/", "Trang chủ"), (None, title)])


def intro_page(request: Request) -> Response:
    inner = (f"<p {J}>Sở Giáo dục và Đào tạo tỉnh Hà Giang là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, "
             "giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
             f"<p {J}>Sở có 7 phòng chuyên môn, nghiệp vụ và 34 đơn vị sự nghiệp trực thuộc.</p>")
    return _static_article(request, "/gioi-thieu", "Chức năng, nhiệm vụ", inner, "/gioi-thieu")


def org_page(request: Request) -> Response:
    rows = [("Nguyễn Đức Thành", "Giám đốc", "0219.3866.200"), ("Lò Thị Hiền", "Phó Giám đốc", "0219.3866.201"),
            ("Trần Quốc Hưng", "Phó Giám đốc", "0219.3866.202")]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
    inner = ('<p><strong>Ban Giám đốc</strong></p><table class="table table-bordered"><thead><tr><th>Họ và tên</th>'
             f"<th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>{trs}</tbody></table>"
             "<p><strong>Các phòng chuyên môn:</strong> Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; "
             "Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất lượng.</p>")
    return _static_article(request, "/co-cau-to-chuc", "Cơ cấu tổ chức", inner, "/gioi-thieu")


def contact_page(request: Request) -> Response:
    main = f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">Văn phòng Sở Giáo dục và Đào tạo Hà Giang</span></h2></div>
<h3>Liên hệ</h3><dl class="contact-address dl-horizontal" itemprop="address">
<dd><span class="contact-street">Số 12, đường Nguyễn Trãi, phường Nguyễn Trãi</span></dd>
<dd><span class="contact-suburb">Thành phố Hà Giang</span></dd></dl>
<dl class="dl-horizontal"><dt><span class="jicons-text">Email: </span></dt><dd><span class="contact-emailto">
<span id="cloak0c1d2e3f">{esc(CLOAK_MSG)}</span><script type='text/javascript'>document.getElementById('cloak0c1d2e3f').innerHTML = '';</script>
</span></dd><dt><span class="jicons-text">Điện thoại: </span></dt><dd><span class="contact-telephone">0219.3866.210</span></dd></dl>
<h3>Gửi thư liên hệ</h3>
<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Tất cả các mục đánh dấu * là bắt buộc.</legend>
<label id="jform_contact_name-lbl" for="jform_contact_name">Tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" required />
<label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" required />
<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>
<button class="btn btn-primary validate" type="submit">Gửi email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
</fieldset></form></div>"""
    return page(request, title="Liên hệ - Sở GD&ĐT Hà Giang", body_class="com_contact view-contact itemid-112",
                active="/lien-he", main=main, trail=[("/", "Trang chủ"), (None, "Liên hệ")])


def album_page(request: Request) -> Response:
    pics = [("hkpd-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng"), ("hkpd-02.jpg", "Thi đấu môn bóng chuyền"),
            ("lung-cu-01.jpg", "Trường PTDTBT THCS Lũng Cú"), ("cds-01.jpg", "Hội nghị chuyển đổi số")]
    lis = "".join(f'<li><a href="/images/thu-vien-anh/2026/{f}" rel="sigplus-gallery"><img src="/images/thu-vien-anh/2026/thumbs/{f}" '
                  f'alt="{esc(c)}" width="200" height="150" /></a><div class="sigplus-caption">{esc(c)}</div></li>' for f, c in pics)
    inner = f'<div id="sigplus_1001" class="sigplus-gallery sigplus-center"><ul>{lis}</ul></div>'
    return _static_article(request, "/thu-vien-anh", "Thư viện ảnh năm 2026", inner, "/thu-vien-anh")


def doc_path(doc: tuple) -> str:
    return f"/van-ban/14-van-ban-chi-dao/{doc[0]}-{doc[1]}"


def docs_list(request: Request) -> Response:
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}"><td headers="categorylist_header_title" class="list-title">'
        f'<a href="{doc_path(d)}">{esc(d[2])} - {esc(d[4])}</a></td><td headers="categorylist_header_date" class="list-date small">{d[3]}</td></tr>'
        for n, d in enumerate(DOCS)
    )
    main = ('<div class="category-list"><div><div class="content-category"><h2>Văn bản chỉ đạo</h2>'
            '<form action="/van-ban" method="post" name="adminForm" id="adminForm" class="form-inline">'
            '<fieldset class="filters btn-toolbar clearfix"><div class="btn-group"><label class="filter-search-lbl element-invisible" '
            'for="filter-search">Lọc</label><input type="text" name="filter-search" id="filter-search" class="inputbox" placeholder="Lọc" />'
            '</div></fieldset><table class="category table table-striped table-bordered table-hover"><thead><tr>'
            '<th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" id="categorylist_header_date">Ngày ban hành</th></tr></thead>'
            f'<tbody>{rows}</tbody></table></form></div></div></div>')
    return page(request, title="Văn bản - Sở GD&ĐT Hà Giang", body_class="com_content view-category layout-default itemid-110",
                active="/van-ban", main=main, trail=[("/", "Trang chủ"), (None, "Văn bản")])


def doc_page(request: Request, doc: tuple) -> Response:
    _, _, number, day, subject, fname = doc
    inner = ('<table class="table table-bordered vanban"><tbody>'
             f"<tr><td><strong>Số ký hiệu</strong></td><td>{esc(number)}</td></tr>"
             f"<tr><td><strong>Ngày ban hành</strong></td><td>{day}</td></tr>"
             f"<tr><td><strong>Trích yếu</strong></td><td>{esc(subject)}</td></tr>"
             "<tr><td><strong>Cơ quan ban hành</strong></td><td>Sở Giáo dục và Đào tạo</td></tr>"
             f'<tr><td><strong>Tệp đính kèm</strong></td><td><a href="/images/van-ban/2026/{fname}">{fname}</a></td></tr>'
             "</tbody></table>")
    main = (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
            f'<h2 itemprop="headline">{esc(number)}</h2></div><div itemprop="articleBody">{inner}</div></div>')
    return page(request, title=f"{number} - Sở GD&ĐT Hà Giang", body_class="com_content view-article itemid-110", active="/van-ban",
                main=main, trail=[("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, number)])


# --- routing -------------------------------------------------------------------------------------


def _q(request: Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}


def _article_by_query(request: Request, s: Story) -> Response | None:
    q = _q(request)
    if not q:
        return article_response(request, s, 0 if len(story_pages(s)) > 1 else None, False)
    if q == {"tmpl": "component", "print": "1", "layout": "default"}:
        return article_response(request, s, None, True)
    if len(story_pages(s)) > 1 and set(q) == {"showall", "limitstart"}:
        if q["showall"] == "1" and q["limitstart"] == "":
            return article_response(request, s, None, False)
        if q["showall"] == "" and q["limitstart"] in ("", "0", "1"):
            return article_response(request, s, int(q["limitstart"] or 0), False)
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        lower = path.lower()
        if (lower.startswith("/attachments/") and lower.endswith(".pdf")) or lower.startswith("/images/van-ban/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if lower.startswith(("/images/", "/templates/", "/media/", "/modules/")):
            return static_file(path)
        q = _q(request)
        if path == "/" and not request.query:
            return home(request)
        if path == "/index.php":
            if q.get("option") == "com_content" and q.get("view") == "article" and set(q) == {"option", "view", "id", "catid", "Itemid"}:
                sid, _, alias = q["id"].partition(":")
                s = BY_ID.get(int(sid)) if sid.isdigit() else None
                if s and alias == s.slug and q["catid"] == s.cat and q["Itemid"] == str(ITEMID):
                    return article_response(request, s, 0 if len(story_pages(s)) > 1 else None, False)
            return None
        if path.startswith("/component/content/article/"):
            tail = path[len("/component/content/article/"):]
            for s in STORIES:
                if tail == f"{s.id}-{s.slug}" and q == {"catid": s.cat, "Itemid": "101"}:
                    return article_response(request, s, 0 if len(story_pages(s)) > 1 else None, False)
            return None
        simple = {"/gioi-thieu": intro_page, "/co-cau-to-chuc": org_page, "/lien-he": contact_page,
                  "/thu-vien-anh": album_page, "/van-ban": docs_list, "/tin-tuc": parent_blog}
        if path in simple:
            return simple[path](request) if not request.query else None
        for d in DOCS:
            if path == doc_path(d) and not request.query:
                return doc_page(request, d)
        for cat in CATS:
            if path == cat_path(cat):
                if not q:
                    return blog_response(request, cat, 0)
                if q == {"limitstart": "0"}:
                    return blog_response(request, cat, 0)
                if set(q) == {"start"} and q["start"].isdigit():
                    return blog_response(request, cat, int(q["start"]))
                return None
        for s in STORIES:
            if path == art_path(s):
                return _article_by_query(request, s)
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    path = art_path(s)
    alts = [nonsef_path(s), component_path(s), f"{path}?{PRINT_Q}"]
    if len(story_pages(s)) > 1:
        alts += [f"{path}?showall=1&limitstart=", f"{path}?showall=&limitstart=", f"{path}?showall=&limitstart=1"]
    return gold_record(s, path, CATS[s.cat][1], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu", "/co-cau-to-chuc", "/lien-he", "/thu-vien-anh", *(doc_path(d) for d in DOCS)]
