"""Sở Giáo dục và Đào tạo tỉnh Hà Giang on Joomla 4.4 with YOOtheme Pro (blind fixture portal).

Platform
--------
Joomla 4.4 (com_content, SEF URLs with URL rewriting, modern router without ids) and the YOOtheme
Pro template: UIkit markup (``tm-page``, ``tm-header``, ``uk-navbar``, ``tm-main``,
``uk-section``/``uk-container``/``tm-grid-expand``), builder templates for the article and category
views, builder pages whose grids read the "Joomla Articles" source and a Pagination element,
Joomla modules in sidebar positions (mod_articles_latest, mod_articles_popular, Vinaora visitors
counter, a poll, a links select), the Content - Page Break, Email Cloaking and Load Modules
plugins, Joomla custom fields, tags.

URL scheme
----------
- ``/``                              home, a builder page (slideshow, newest grid, notices, documents)
- ``/tin-tuc`` and ``/tin-tuc?page=<n>``   builder page: "Joomla Articles" grid of all public
  news, 6 per page, YOOtheme Pagination element (``?page=``)
- ``/tin-tuc/<category-alias>`` and ``?start=<offset>``   category blog in a builder template,
  4 per page, Joomla's own pagination (``?start=``, the SEF form of ``limitstart``)
- ``/tin-tuc/<category-alias>/<alias>``   article (no id); ``?start=1`` / ``?showall=1`` on the
  one article split by page breaks; ``?tmpl=component&print=1`` print view (notices only)
- ``/index.php/tin-tuc/<category-alias>/<alias>``   same article, the form mod_related_items prints
- ``/component/content/article/<alias>?catid=<n>&Itemid=<n>``   same article, the non-menu route
  the tag view prints
- ``/tag/<alias>``                   tag view (listing)
- ``/gioi-thieu``, ``/lien-he``, ``/dang-nhap``, ``/van-ban`` + ``/van-ban/<alias>``,
  ``/thu-vien-anh`` + ``/thu-vien-anh/<alias>``, ``/video`` + ``/video/<alias>``, ``/tim-kiem?q=``
- images under ``/images/…`` (media manager) and ``/templates/yootheme/cache/<xx>/…`` (the
  theme's resized copies); anything else 404 (Joomla's error page)

Categories (as breadcrumb and menu print them): "Tin hoạt động" (6 gold articles + 1 article for
registered users only), "Hoạt động chuyên môn" (4), "Thông báo" (3).

How the gold articles are reached
---------------------------------
- home: slideshow (A1, A6, A9), "Tin tức - Sự kiện" grid (A1-A4), "Thông báo" list (A2, A7, A11),
  "Hoạt động chuyên môn" list (A3, A5, A8); sidebar "Tin mới" (A1-A5), "Xem nhiều" (A1, A4, A5,
  A7, A9)
- ``/tin-tuc`` page 1 (A1-A6), ``?page=2`` (A7-A12), ``?page=3`` (A13)
- ``/tin-tuc/tin-hoat-dong`` (A1, A4, locked item, A6), ``?start=4`` (A9, A12, A13);
  ``/tin-tuc/hoat-dong-chuyen-mon`` (A3, A5, A8, A10); ``/tin-tuc/thong-bao`` (A2, A7, A11)
- A12 and A13 are linked only from page 2+ of a listing (``/tin-tuc?page=2|3`` and
  ``/tin-tuc/tin-hoat-dong?start=4``); A10 only from a category page, a tag page, ``?page=2`` and
  the related lists.

Traps
-----
1. Two pagination schemes (pagination): the builder page ``/tin-tuc`` pages with ``?page=<n>``
   (the Pagination element prints arrows as bare ``<span uk-pagination-next>`` icons, no text);
   the category blogs page with ``?start=<offset>``; and ``?start=1`` on an *article* path is
   not a listing page but page 2 of that article. The category listing counts an article for
   registered users that the builder grid (which filters by access) leaves out, so the two
   listings split the same articles differently. Gold: A12/A13 are found only via page 2+.
2. Article split by the Page Break plugin (multi-page article, not a README kind): A8 prints
   "Trang 1 / 2", a "Mục lục bài viết" card and "Trang sau"; ``?start=1`` serves part two with
   the same headline, ``?showall=1`` the whole text. Gold: ONE record at the plain path whose
   body is the whole text (both parts, in order; the TOC, the counter and the pager are not
   text); ``?start=1`` and ``?showall=1`` are alt_paths. The byline closing part two is A8's.
3. Email cloaking (script-rendered text, not a README kind): in A7 the contact paragraph's address
   is a ``<joomla-hidden-mail first=… last=…>`` element whose visible fallback says
   "Địa chỉ email này đang được bảo vệ…". Gold: the paragraph as a reader's browser shows it,
   with the address (base64 ``first`` + "@" + ``last``): "…email: ktkd.sgddt@hagiang.gov.vn".
4. Timezone of the machine date (not a README kind): every article prints its date twice, the
   visible Vietnamese line ("Thứ Sáu, 04 Tháng Mười Hai 2026 16:20", months in words, vi-VN
   language pack) and ``<time datetime>`` in **UTC** ("2026-12-04T09:20:00+00:00"). Gold is in
   Asia/Ho_Chi_Minh: "2026-12-04T16:20:00+07:00". A10 (06:30 local) has a UTC date on the
   previous day; A3 and A6 print "00:00" (midnight, gold = the day alone, "2026-12-01" /
   "2026-11-21") while their UTC attribute names the previous day at 17:00. The "Lần cập nhật
   cuối" line under some texts is not the date.
5. Lazy images (not a README kind): the builder image element of A1 prints
   ``<img src="data:image/svg+xml,…" data-src="/templates/yootheme/cache/…jpeg" uk-img>``
   (YOOtheme 2.x lazy loading). Gold image path: the ``data-src`` file; its caption is the
   builder text element printed right under it.
6. Caption drawn by script from the title attribute (not a README kind): A3's photos are
   Joomla 3 leftovers, ``<img class="caption" title="…">`` with ``new JCaption('img.caption')``
   in the head; no line is in the HTML. Gold caption: the title attribute's text.
7. Browser page title differs from the headline (not a README kind): A9 has a custom "Browser
   Page Title" (``<title>``, og:title) "5 giải KHKT quốc gia cho học sinh Hà Giang"; gold title
   = the ``<h1>`` headline.
8. Bylines in Joomla places (bylines): the meta line "Được viết bởi X" names the CMS account
   ("Quản trị viên", "Biên tập viên 02", "Ban Biên tập": nobody) except in A5, where X is the
   article's "author alias" field = the real author ("Vũ Thị Lan Anh"). A1 and A12 carry the
   author (and A12 the source) as Joomla custom fields between headline and text
   (``ul.fields-container`` "Tác giả: ThS. Nguyễn Thị Hoa" -> "Nguyễn Thị Hoa"; "Nguồn tin:
   Phòng GD&ĐT Đồng Văn" -> source). Others sign at the end: right-aligned name, "Tin, ảnh:",
   a unit alone ("Phòng GDTrH"), "ThS. … - Trường …", "(Ảnh: X)" under a photo.
9. Widgets inside the text (boundaries): the FPT.AI "Nghe đọc bài viết" player between meta and
   text (A1, A5, A9, A12); a ``{loadmodule mod_articles_category}`` box "Tin cùng chuyên mục"
   rendered in the middle of A10's text (the text continues after it); tags, share icons,
   "Tin liên quan" and a builder "Bài cùng chuyên mục" grid after the text. None is body.
10. Builder-built article (boundaries): A6 is laid out with the page builder itself: its text is
    split over several ``uk-panel`` text elements in a two-column ``uk-grid`` with a lightbox
    gallery in the right column (captions printed in the overlay ``el-title``; the ``data-caption``
    of the link says the same), then a full-width text element ending "Nguồn: Báo Hà Giang".
    Gold: body = all text elements in document order; images = the gallery's ``<img src>`` (theme
    cache files, not the lightbox's full-size href), captions the overlay lines.
11. Duplicate URLs (duplicates): ``/index.php/tin-tuc/…`` (related lists), the non-menu
    ``/component/content/article/<alias>?catid=…&Itemid=…`` (tag pages), the print view of the
    notices (``?tmpl=component&print=1``, linked rel=nofollow, no chrome) and A8's page URLs all
    serve an article; they are its alt_paths. Canonical links point to the SEF path (the print
    view prints none).
12. Decomposed Unicode (encodings): A5's text was pasted from a Unikey "Unicode tổ hợp" document:
    NFD in the HTML. Gold: NFC.
13. Official document (house convention): A2 is a "THÔNG BÁO" with a letterhead table, "Số:",
    "Hà Giang, ngày 02 tháng 12 năm 2026", the kind/subject lines, "Nơi nhận", the signer
    (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đặng Quang Huy) and a "Tải về" attachment line. Gold: date
    "2026-12-02" (the letterhead's, not the meta line's 03/12), author the signer, body the
    text between subject and closing.
14. Articles for registered users (not a README kind): the "Tin hoạt động" blog lists an item
    whose title and "Đăng nhập để đọc thêm..." link go to ``/dang-nhap?return=<base64>``, the
    login form: it is not an article and not in the gold.
15. Single-article menu item (chrome that looks like content): ``/gioi-thieu`` is a com_content
    article rendered with the same builder article template (headline, meta, text): a
    NON_ARTICLE.

Gold decisions on ambiguous points
----------------------------------
- Dates: the visible meta line is read in the site's zone; the UTC attribute is the same instant.
  "00:00" printed -> the day alone. A2 follows the official-document rule (letterhead day).
- A1's sapo is a separate builder text element (``uk-text-lead``) above the lead photo: summary
  and first body paragraph. A4 and A10 open with a bold lead paragraph: summary = it. Others:
  no sapo (the meta description is the intro text cut short and is not a sapo).
- Headings inside the text (``<h3>``) are paragraphs; A5's table rows are paragraphs with cells
  joined by " | "; A7's list items are paragraphs; A11's typed "👉 " is kept.
- A8: the pagebreak's own title ("Kết quả bước đầu") appears only in the TOC card and the
  ``<title>`` of part two, not in the text: not body. Its footnote call "[1]" stays in its
  sentence, and "Tài liệu tham khảo" with its entry are body (the text's own notes).
- A8's "Theo thầy giáo Trần Đức Long, …" is a body sentence, not a source line.
- A6's gallery: gold image path is the ``<img src>`` printed (theme cache), captions from the
  overlay; A9's photo line "(Ảnh: Minh Đức)" only credits: caption None, photographer Minh Đức.
- A12's source comes from the "Nguồn tin" custom field (printed above the text, not closing it):
  taken as the source, since the page labels it so.
- A13's photo has no line: caption None.
- Attachment lines ("Tải về: …", "File đính kèm: …") are not body.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
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

NAME = "joomla4_yootheme_sgddt"
PLATFORM = "Joomla 4.4 + YOOtheme Pro (builder templates, Joomla Articles source, SEF)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Hà Giang"
SHORT = "Sở GD&ĐT Hà Giang"
HEADER_DATE = "Thứ Bảy, 05/12/2026"

# category alias -> (title, catid)
CATS: dict[str, tuple[str, int]] = {
    "tin-hoat-dong": ("Tin hoạt động", 9),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 10),
    "thong-bao": ("Thông báo", 11),
}
TAGS: dict[str, str] = {
    "chuyen-doi-so": "Chuyển đổi số",
    "giao-vien": "Bồi dưỡng giáo viên",
}
ITEMID = {"tin-hoat-dong": 118, "hoat-dong-chuyen-mon": 119, "thong-bao": 120}

PAGEBREAK = '<hr class="system-pagebreak" title="Kết quả bước đầu" alt="Kết quả bước đầu">'
LOADMODULE = "{loadmodule mod_articles_category,Tin cùng chuyên mục}"

STORIES: list[Story] = [
    Story(
        id=1,
        slug="so-gddt-ha-giang-so-ket-cong-tac-chuyen-doi-so-trong-giao-duc-nam-2026",
        title="Sở GD&ĐT Hà Giang sơ kết công tác chuyển đổi số trong giáo dục năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Chiều 4/12, Sở Giáo dục và Đào tạo tỉnh Hà Giang tổ chức hội nghị trực tuyến sơ kết "
            "công tác chuyển đổi số trong giáo dục năm 2026, kết nối tới 11 điểm cầu phòng GD&ĐT "
            "huyện, thành phố và hơn 600 điểm cầu nhà trường."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Hoa"],
        blocks=[
            Img(
                "/templates/yootheme/cache/7c/hoi-nghi-chuyen-doi-so-7c41e9a2.jpeg",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT.",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT.",
                style="lazy",
            ),
            P(
                "Phát biểu khai mạc hội nghị, đồng chí Phó Giám đốc Sở GD&ĐT nhấn mạnh, năm 2026 là "
                "năm thứ ba ngành Giáo dục tỉnh triển khai Đề án chuyển đổi số giai đoạn 2024 - 2030. "
                "Dù còn nhiều khó khăn về hạ tầng mạng tại các xã vùng cao, toàn ngành đã cơ bản hoàn "
                "thành các chỉ tiêu đề ra."
            ),
            P(
                "Theo báo cáo, đến nay 100% cơ sở giáo dục trên địa bàn tỉnh đã sử dụng phần mềm quản "
                "lý trường học; 98,6% học sinh có hồ sơ điện tử được đồng bộ lên cơ sở dữ liệu ngành; "
                "412 trường đã triển khai học bạ số đối với cấp tiểu học và trung học cơ sở."
            ),
            P("Còn nhiều “vùng lõm” sóng", "h3"),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số tồn tại như: tỷ lệ điểm trường "
                "lẻ chưa có đường truyền internet ổn định còn cao, tập trung ở các huyện Mèo Vạc, Đồng "
                "Văn, Xín Mần; thiết bị dạy học số ở nhiều trường đã xuống cấp; năng lực số của một bộ "
                "phận giáo viên lớn tuổi còn hạn chế."
            ),
            P(
                "Nhiều ý kiến tham luận tại hội nghị đề xuất tỉnh tiếp tục ưu tiên nguồn lực đầu tư hạ "
                "tầng, đồng thời có cơ chế hỗ trợ giáo viên vùng khó tham gia các khóa bồi dưỡng trực "
                "tuyến."
            ),
            P(
                "Kết luận hội nghị, lãnh đạo Sở đề nghị các đơn vị rà soát lại toàn bộ dữ liệu học sinh "
                "trước ngày 31/12/2026, hoàn thành việc cấp tài khoản định danh điện tử cho giáo viên "
                "và đẩy mạnh thanh toán không dùng tiền mặt trong trường học."
            ),
        ],
        opts={
            "pub": "2026-12-04 16:20",
            "by": "Quản trị viên",
            "fields": [("tac-gia", "Tác giả", "ThS. Nguyễn Thị Hoa")],
            "tts": True,
            "tags": ["chuyen-doi-so"],
            "upd": "2026-12-05 08:02",
        },
    ),
    Story(
        id=2,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026-dot-2",
        title="Thông báo kết quả xét tuyển viên chức giáo dục năm 2026 (đợt 2)",
        cat="thong-bao",
        published_at="2026-12-02",
        authors=["Đặng Quang Huy"],
        blocks=[
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0">\n<tbody>\n'
                '<tr>\n<td style="width: 40%; text-align: center;"><span style="font-size: 12pt;">UBND TỈNH HÀ GIANG</span><br>'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>-------</td>\n"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>\n</tr>\n"
                '<tr>\n<td style="text-align: center;">Số: 2145/TB-SGDĐT</td>\n'
                '<td style="text-align: center;"><em>Hà Giang, ngày 02 tháng 12 năm 2026</em></td>\n</tr>\n'
                "</tbody>\n</table>\n"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
                '<p style="text-align: center;"><strong>Kết quả xét tuyển viên chức giáo dục năm 2026 (đợt 2)</strong></p>\n'
                '<p style="text-align: center;">_____________</p>'
            ),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của "
                "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP;"
            ),
            P(
                "Căn cứ Kế hoạch số 318/KH-SGDĐT ngày 15/9/2026 của Sở Giáo dục và Đào tạo về tuyển "
                "dụng viên chức giáo dục năm 2026 (đợt 2);"
            ),
            P(
                "Căn cứ kết quả xét tuyển vòng 2 của Hội đồng xét tuyển viên chức, Sở Giáo dục và Đào "
                "tạo thông báo như sau:"
            ),
            P(
                "1. Tổng số thí sinh dự xét tuyển vòng 2: 187 thí sinh; số thí sinh trúng tuyển: 142 "
                "thí sinh (có danh sách kèm theo)."
            ),
            P(
                "2. Thí sinh trúng tuyển hoàn thiện hồ sơ và nộp về Phòng Tổ chức cán bộ, Sở Giáo dục "
                "và Đào tạo trước 17 giờ 00 ngày 20/12/2026. Quá thời hạn trên, thí sinh không hoàn "
                "thiện hồ sơ sẽ bị hủy kết quả trúng tuyển."
            ),
            P(
                "3. Thí sinh có quyền gửi đơn đề nghị phúc khảo trong thời hạn 10 ngày kể từ ngày "
                "thông báo kết quả."
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo để thí sinh và các đơn vị biết, thực hiện./."
            ),
            Raw(
                '<table style="width: 100%;" border="0">\n<tbody>\n<tr>\n'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
                '<span style="font-size: 10pt;">- Như trên;<br>- Giám đốc, các PGĐ Sở;<br>'
                "- Cổng TTĐT Sở;<br>- Lưu: VT, TCCB.</span></td>\n"
                '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC'
                "</strong><br><br><em>(Đã ký)</em><br><br><strong>Đặng Quang Huy</strong></td>\n"
                "</tr>\n</tbody>\n</table>\n"
                '<p><img src="/media/system/images/pdf.png" alt="pdf" width="16" height="16"> '
                'Tải về: <a href="/images/van-ban/2026/12/ds-trung-tuyen-vien-chuc-dot-2.pdf" '
                'target="_blank" rel="noopener">Danh sách thí sinh trúng tuyển (PDF, 412 KB)</a></p>'
            ),
        ],
        opts={"pub": "2026-12-03 09:15", "by": "Ban Biên tập", "print": True},
    ),
    Story(
        id=3,
        slug="tap-huan-day-hoc-phat-trien-nang-luc-cho-giao-vien-ngu-van-thpt",
        title="Tập huấn dạy học phát triển năng lực cho giáo viên Ngữ văn THPT",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-01",
        authors=["Phòng GDTrH"],
        blocks=[
            P(
                "Từ ngày 28/11 đến ngày 30/11/2026, Sở GD&ĐT tổ chức lớp tập huấn dạy học và kiểm tra, "
                "đánh giá theo định hướng phát triển năng lực học sinh môn Ngữ văn cấp THPT cho 156 "
                "giáo viên đến từ 34 trường THPT, trường PTDTNT trên địa bàn tỉnh."
            ),
            Img(
                "/images/tin-tuc/2026/12/tap-huan-ngu-van-1.jpg",
                "Báo cáo viên hướng dẫn giáo viên xây dựng ma trận đề kiểm tra.",
                "Báo cáo viên hướng dẫn giáo viên xây dựng ma trận đề kiểm tra.",
                style="jcaption",
            ),
            P(
                "Lớp tập huấn tập trung vào các nội dung: xây dựng kế hoạch bài dạy theo chủ đề; thiết "
                "kế câu hỏi đọc hiểu với ngữ liệu ngoài sách giáo khoa; xây dựng đề kiểm tra định kỳ "
                "theo ma trận và bản đặc tả; sử dụng rubric trong đánh giá bài viết nghị luận của học "
                "sinh."
            ),
            P(
                "Các báo cáo viên là giảng viên Trường Đại học Sư phạm Thái Nguyên và giáo viên cốt cán "
                "của tỉnh. Bên cạnh phần lý thuyết, học viên được chia thành 8 nhóm thực hành soạn đề, "
                "dạy minh họa và góp ý chéo."
            ),
            P(
                "Cô giáo Ma Thị Thu Trang, Trường THPT Bắc Quang chia sẻ: “Điều tôi tâm đắc nhất là "
                "cách ra đề đọc hiểu bằng ngữ liệu mới để học sinh không thể học thuộc văn mẫu. Khi về "
                "trường, tổ Ngữ văn chúng tôi sẽ thống nhất áp dụng ngay từ bài kiểm tra cuối học kỳ I”."
            ),
            Img(
                "/images/tin-tuc/2026/12/tap-huan-ngu-van-2.jpg",
                "Giáo viên thực hành thiết kế đề đọc hiểu theo nhóm.",
                "Giáo viên thực hành thiết kế đề đọc hiểu theo nhóm.",
                style="jcaption",
            ),
            P(
                "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch đạt yêu cầu. Sở GD&ĐT "
                "yêu cầu các trường tổ chức tập huấn lại cho giáo viên trong tổ chuyên môn trước ngày "
                "15/12/2026."
            ),
            Raw('<p style="text-align: right;"><strong><em>Phòng GDTrH</em></strong></p>'),
        ],
        opts={"pub": "2026-12-01 00:00", "by": "Biên tập viên 02", "tags": ["giao-vien"]},
    ),
    Story(
        id=4,
        slug="trao-320-suat-hoc-bong-cho-hoc-sinh-co-hoan-canh-kho-khan-huyen-meo-vac",
        title="Trao 320 suất học bổng cho học sinh có hoàn cảnh khó khăn huyện Mèo Vạc",
        cat="tin-hoat-dong",
        published_at="2026-11-28T14:05:00+07:00",
        summary=(
            "Ngày 27/11, Sở GD&ĐT phối hợp với Quỹ Bảo trợ trẻ em tỉnh và các nhà hảo tâm tổ chức "
            "trao 320 suất học bổng “Tiếp bước em đến trường” cho học sinh có hoàn cảnh đặc biệt khó "
            "khăn trên địa bàn huyện Mèo Vạc."
        ),
        authors=["Lò Thị Mai"],
        photographers=["Lò Thị Mai"],
        blocks=[
            P(
                "Ngày 27/11, Sở GD&ĐT phối hợp với Quỹ Bảo trợ trẻ em tỉnh và các nhà hảo tâm tổ chức "
                "trao 320 suất học bổng “Tiếp bước em đến trường” cho học sinh có hoàn cảnh đặc biệt khó "
                "khăn trên địa bàn huyện Mèo Vạc.",
                "b",
            ),
            Img(
                "/images/tin-tuc/2026/11/trao-hoc-bong-meo-vac.jpg",
                "Đại diện các nhà tài trợ trao học bổng cho học sinh Trường PTDTBT THCS Pả Vi.",
                "Đại diện các nhà tài trợ trao học bổng cho học sinh Trường PTDTBT THCS Pả Vi.",
                style="figure",
            ),
            P(
                "Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt cùng áo ấm, chăn và đồ dùng học tập. "
                "Tổng giá trị chương trình hơn 650 triệu đồng, do các doanh nghiệp, câu lạc bộ thiện "
                "nguyện tại Hà Nội và Thành phố Hồ Chí Minh đóng góp."
            ),
            P(
                "Các em nhận học bổng năm nay đều là học sinh dân tộc Mông, Dao, Lô Lô, nhiều em mồ côi "
                "cha hoặc mẹ, gia đình thuộc diện hộ nghèo nhưng vẫn nỗ lực vươn lên trong học tập. "
                "Trong đó có 46 em đạt danh hiệu học sinh giỏi cấp huyện năm học 2025 - 2026."
            ),
            P(
                "Em Sùng Thị Mỷ, học sinh lớp 8 Trường PTDTBT THCS Pả Vi xúc động: “Em sẽ dùng số tiền "
                "này mua sách vở và gửi bố mẹ một phần để lo cho các em. Em hứa sẽ cố gắng học thật "
                "tốt”."
            ),
            Img(
                "/images/tin-tuc/2026/11/trao-hoc-bong-meo-vac-2.jpg",
                "Các em học sinh nhận áo ấm, chăn trước mùa đông.",
                "Các em học sinh nhận áo ấm, chăn trước mùa đông.",
                style="figure",
            ),
            P(
                "Dịp này, đoàn công tác cũng tặng 2 bồn chứa nước inox và 50 bộ bàn ghế cho điểm trường "
                "Mã Pì Lèng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lò Thị Mai</strong></p>'),
        ],
        opts={"pub": "2026-11-28 14:05", "by": "Quản trị viên"},
    ),
    Story(
        id=5,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-mam-non-86-giao-vien-dat-giai",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc Mầm non: 86 giáo viên đạt giải",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25T10:30:00+07:00",
        authors=["Vũ Thị Lan Anh"],
        blocks=[
            P(
                "Sau 5 ngày tranh tài sôi nổi, chiều 24/11, Hội thi giáo viên dạy giỏi cấp tỉnh bậc học "
                "Mầm non năm học 2026 - 2027 đã bế mạc tại Trường Mầm non Hoa Hồng, thành phố Hà Giang."
            ),
            P(
                "Hội thi có 124 giáo viên đến từ 11 huyện, thành phố tham gia. Mỗi giáo viên phải trải "
                "qua hai phần thi: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và "
                "thực hành tổ chức hoạt động giáo dục trên trẻ tại các nhóm, lớp."
            ),
            P(
                "Ban Giám khảo đánh giá nhiều tiết dạy có sự đầu tư công phu, vận dụng linh hoạt phương "
                "pháp giáo dục lấy trẻ làm trung tâm, tận dụng nguyên vật liệu sẵn có ở địa phương như "
                "ngô, đá, lá cây, thổ cẩm để làm đồ dùng, đồ chơi."
            ),
            P("Kết quả cụ thể như sau:"),
            P("Huyện, thành phố | Số giáo viên dự thi | Số giáo viên đạt giải", "tr"),
            P("Thành phố Hà Giang | 14 | 12", "tr"),
            P("Bắc Quang | 16 | 13", "tr"),
            P("Vị Xuyên | 15 | 11", "tr"),
            P("Hoàng Su Phì | 10 | 7", "tr"),
            P("Các đơn vị còn lại | 69 | 43", "tr"),
            P(
                "Phát biểu bế mạc, lãnh đạo Sở GD&ĐT đề nghị các phòng GD&ĐT nhân rộng những tiết dạy "
                "tốt, đồng thời quan tâm hơn nữa tới đội ngũ giáo viên mầm non tại các điểm trường lẻ."
            ),
        ],
        opts={
            "pub": "2026-11-25 10:30",
            "by": "Vũ Thị Lan Anh",
            "nfd": True,
            "tts": True,
            "tags": ["giao-vien"],
        },
    ),
    Story(
        id=6,
        slug="lanh-dao-tinh-tham-tang-qua-cac-truong-vung-cao-nhan-ngay-nha-giao-viet-nam",
        title="Lãnh đạo tỉnh thăm, tặng quà các trường vùng cao nhân Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-hoat-dong",
        published_at="2026-11-21",
        source="Báo Hà Giang",
        blocks=[
            P(
                "Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), đoàn công tác "
                "của Tỉnh ủy, UBND tỉnh Hà Giang đã đến thăm, tặng quà thầy, cô giáo và học sinh một số "
                "trường học tại huyện Quản Bạ và Yên Minh."
            ),
            P(
                "Tại Trường PTDTBT Tiểu học Cán Tỷ, đoàn đã thăm hỏi, động viên các thầy cô đang bám bản "
                "tại điểm trường Sán Sả Hồ, nơi cách trung tâm xã gần 15 km đường đồi dốc."
            ),
            Raw("<!--col-->"),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những cống hiến thầm "
                "lặng của đội ngũ nhà giáo vùng cao. Đồng chí mong muốn các thầy cô tiếp tục giữ vững "
                "tâm huyết với nghề, đổi mới phương pháp dạy học, chăm lo tốt cho học sinh bán trú."
            ),
            Raw("<!--gallery-->"),
            Img(
                "/templates/yootheme/cache/a1/20-11-can-ty-a1b2c3d4.jpeg",
                "Đoàn công tác thăm điểm trường Sán Sả Hồ.",
                "Đoàn công tác thăm điểm trường Sán Sả Hồ.",
                style="gallery",
            ),
            Img(
                "/templates/yootheme/cache/5e/20-11-lao-va-chai-5e90f217.jpeg",
                "Tặng quà học sinh bán trú Trường PTDTBT THCS Lao Và Chải.",
                "Tặng quà học sinh bán trú Trường PTDTBT THCS Lao Và Chải.",
                style="gallery",
            ),
            Raw("<!--full-->"),
            P(
                "Cùng ngày, đoàn đã đến thăm Trường PTDTBT THCS Lao Và Chải, huyện Yên Minh, trao tặng "
                "100 suất quà cho học sinh bán trú và 20 triệu đồng hỗ trợ nhà trường cải tạo bếp ăn."
            ),
            P(
                "Năm học 2026 - 2027, toàn tỉnh có hơn 19.000 cán bộ, giáo viên, nhân viên; trong đó "
                "trên 40% công tác tại các xã đặc biệt khó khăn."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Hà Giang</em></p>'),
        ],
        opts={"pub": "2026-11-21 00:00", "by": "Ban Biên tập", "builder": True},
    ),
    Story(
        id=7,
        slug="lich-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra công nhận trường đạt chuẩn quốc gia học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-18T07:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 276/KH-SGDĐT về kiểm tra, đánh giá ngoài và công nhận trường đạt "
                "chuẩn quốc gia năm học 2026 - 2027, Sở GD&ĐT thông báo lịch kiểm tra tại các đơn vị "
                "trong học kỳ I như sau:"
            ),
            P("Từ ngày 23/11 đến 27/11/2026: huyện Bắc Quang, huyện Quang Bình (09 trường);", "li"),
            P("Từ ngày 30/11 đến 04/12/2026: huyện Vị Xuyên, thành phố Hà Giang (07 trường);", "li"),
            P("Từ ngày 07/12 đến 11/12/2026: huyện Hoàng Su Phì, huyện Xín Mần (06 trường);", "li"),
            P("Từ ngày 14/12 đến 18/12/2026: huyện Quản Bạ, huyện Yên Minh (05 trường).", "li"),
            P(
                "Các trường có tên trong danh sách chuẩn bị đầy đủ hồ sơ tự đánh giá, minh chứng và bố "
                "trí phòng làm việc cho đoàn kiểm tra. Phòng GD&ĐT các huyện, thành phố cử cán bộ phối "
                "hợp cùng đoàn."
            ),
            P(
                "Mọi vướng mắc xin liên hệ Phòng Khảo thí và Kiểm định chất lượng giáo dục, điện thoại "
                "0219.3866.275, email: ktkd.sgddt@hagiang.gov.vn",
                "email",
            ),
            Raw(
                '<p><strong>File đính kèm:</strong> <a href="/images/van-ban/2026/11/lich-kiem-tra-chuan-qg-hk1.pdf">'
                "Danh sách trường kiểm tra HK I.pdf</a></p>"
            ),
        ],
        opts={"pub": "2026-11-18 07:45", "by": "Ban Biên tập", "print": True},
    ),
    Story(
        id=8,
        slug="doi-moi-sinh-hoat-to-chuyen-mon-theo-nghien-cuu-bai-hoc-kinh-nghiem-tu-truong-thcs-yen-minh",
        title=(
            "Đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học: kinh nghiệm từ Trường THCS "
            "Yên Minh"
        ),
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-14T15:00:00+07:00",
        authors=["Trần Đức Long"],
        blocks=[
            P(
                "Sau ba năm kiên trì đổi mới sinh hoạt chuyên môn theo hướng nghiên cứu bài học, Trường "
                "THCS thị trấn Yên Minh đã tạo được chuyển biến rõ nét trong cách dạy của giáo viên và "
                "cách học của học sinh."
            ),
            P("Từ những buổi dự giờ “chấm điểm”", "h3"),
            P(
                "Trước đây, mỗi lần dự giờ, giáo viên trong tổ thường tập trung nhận xét người dạy: dạy "
                "đúng hay sai quy trình, phân bố thời gian hợp lý chưa, rồi xếp loại tiết dạy. Không khí "
                "buổi sinh hoạt vì thế nặng nề, nhiều thầy cô ngại đăng ký dạy minh họa."
            ),
            P(
                "Từ năm học 2023 - 2024, nhà trường chuyển trọng tâm quan sát sang người học. Giáo viên "
                "dự giờ ngồi gần các nhóm học sinh, ghi lại em nào đang học, em nào gặp khó khăn và vì "
                "sao.[1] Sau tiết dạy, cả tổ cùng phân tích nguyên nhân và đề xuất điều chỉnh bài dạy."
            ),
            Raw(PAGEBREAK),
            P("Đến những thay đổi trong lớp học", "h3"),
            P(
                "Theo thầy giáo Trần Đức Long, Tổ trưởng tổ Khoa học tự nhiên, khi không còn áp lực bị "
                "xếp loại, giáo viên mạnh dạn thử nghiệm các hình thức tổ chức mới như học theo trạm, "
                "dạy học dự án, sử dụng phiếu học tập phân hóa."
            ),
            P(
                "Kết quả khảo sát cuối năm học 2025 - 2026 cho thấy tỷ lệ học sinh tích cực phát biểu "
                "xây dựng bài tăng từ 38% lên 71%; tỷ lệ học sinh có học lực yếu giảm còn 2,4%."
            ),
            P(
                "Kinh nghiệm của Trường THCS Yên Minh đã được Sở GD&ĐT lựa chọn để chia sẻ tại hội nghị "
                "chuyên đề cấp tỉnh vào tháng 12/2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Trần Đức Long</strong> - '
                "<em>Trường THCS Yên Minh</em></p>"
            ),
            P("Tài liệu tham khảo", "h4"),
            P(
                "[1] Bộ GD&ĐT, Hướng dẫn sinh hoạt chuyên môn theo nghiên cứu bài học, Công văn số "
                "1315/BGDĐT-GDTrH ngày 16/4/2020.",
                "small",
            ),
        ],
        opts={"pub": "2026-11-14 15:00", "by": "Biên tập viên 02", "pagebreak": True, "tags": ["giao-vien"]},
    ),
    Story(
        id=9,
        slug="hoc-sinh-ha-giang-gianh-5-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-quoc-gia",
        title="Học sinh Hà Giang giành 5 giải tại Cuộc thi Khoa học kỹ thuật cấp quốc gia",
        cat="tin-hoat-dong",
        published_at="2026-11-08T09:00:00+07:00",
        authors=["Hoàng Văn Dũng"],
        photographers=["Minh Đức"],
        blocks=[
            P(
                "Tại Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học năm học 2026 - "
                "2027 khu vực phía Bắc, đoàn Hà Giang đã xuất sắc giành 1 giải Nhì, 2 giải Ba và 2 giải "
                "Tư."
            ),
            Img("/images/tin-tuc/2026/11/khkt-quoc-gia-2026.jpg", "(Ảnh: Minh Đức)", None, style="credit"),
            P(
                "Dự án đạt giải Nhì “Thiết bị cảnh báo sạt lở đất sử dụng cảm biến độ ẩm và gia tốc” "
                "của nhóm học sinh Trường THPT Chuyên Hà Giang được Ban Giám khảo đánh giá cao về tính "
                "thực tiễn đối với các tỉnh miền núi."
            ),
            P(
                "Hai dự án đạt giải Ba thuộc lĩnh vực Khoa học thực vật và Kỹ thuật môi trường, trong đó "
                "có dự án nghiên cứu quy trình nhân giống cây chè Shan tuyết bằng phương pháp giâm hom "
                "của học sinh Trường PTDTNT THPT tỉnh."
            ),
            P(
                "Năm nay, Hà Giang có 6 dự án được chọn tham dự vòng chung kết, cao nhất từ trước đến "
                "nay. Sở GD&ĐT sẽ tổ chức tuyên dương, khen thưởng các học sinh và giáo viên hướng dẫn "
                "có dự án đạt giải."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Văn Dũng</strong></p>'),
        ],
        opts={
            "pub": "2026-11-08 09:00",
            "by": "Quản trị viên",
            "tts": True,
            "seo_title": "5 giải KHKT quốc gia cho học sinh Hà Giang",
        },
    ),
    Story(
        id=10,
        slug="trien-khai-tai-lieu-giao-duc-dia-phuong-tinh-ha-giang-lop-9",
        title="Triển khai tài liệu Giáo dục địa phương tỉnh Hà Giang lớp 9",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-01T06:30:00+07:00",
        source="Cổng TTĐT tỉnh Hà Giang",
        summary=(
            "Từ tháng 11/2026, học sinh lớp 9 trên địa bàn tỉnh chính thức học tài liệu Giáo dục địa "
            "phương tỉnh Hà Giang đã được Bộ GD&ĐT phê duyệt."
        ),
        blocks=[
            P(
                "Từ tháng 11/2026, học sinh lớp 9 trên địa bàn tỉnh chính thức học tài liệu Giáo dục địa "
                "phương tỉnh Hà Giang đã được Bộ GD&ĐT phê duyệt.",
                "b",
            ),
            P(
                "Tài liệu gồm 6 chủ đề, thời lượng 35 tiết/năm học, giới thiệu về lịch sử, văn hóa các "
                "dân tộc, nghề truyền thống, địa chất Cao nguyên đá Đồng Văn và định hướng nghề nghiệp "
                "gắn với thế mạnh của tỉnh."
            ),
            P(
                "Để triển khai hiệu quả, Sở GD&ĐT đã tổ chức tập huấn cho 215 giáo viên cốt cán, đồng "
                "thời số hóa toàn bộ tài liệu, video bài giảng và đưa lên kho học liệu điện tử của ngành."
            ),
            Raw(LOADMODULE),
            P(
                "Các nhà trường được chủ động sắp xếp thời khóa biểu, có thể tổ chức dạy học tại di "
                "tích, bảo tàng, làng văn hóa hoặc mời nghệ nhân địa phương tham gia giảng dạy."
            ),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở GD&ĐT (qua Phòng "
                "Giáo dục Trung học) để được hướng dẫn."
            ),
            Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT tỉnh Hà Giang</em></p>'),
        ],
        opts={"pub": "2026-11-01 06:30", "by": "Biên tập viên 02", "tags": ["chuyen-doi-so"]},
    ),
    Story(
        id=11,
        slug="to-chuc-cuoc-thi-dai-su-van-hoa-doc-tinh-ha-giang-nam-2026",
        title="Tổ chức Cuộc thi “Đại sứ Văn hóa đọc” tỉnh Hà Giang năm 2026",
        cat="thong-bao",
        published_at="2026-10-27T08:10:00+07:00",
        blocks=[
            P(
                "Nhằm phát triển văn hóa đọc trong cộng đồng, khuyến khích học sinh tích cực đọc sách, "
                "Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức Cuộc thi “Đại sứ Văn hóa "
                "đọc” tỉnh Hà Giang năm 2026."
            ),
            P(
                "Đối tượng dự thi là học sinh đang học tại các trường tiểu học, THCS, THPT trên địa bàn "
                "tỉnh. Thí sinh giới thiệu một cuốn sách yêu thích bằng bài viết (không quá 1.500 chữ) "
                "hoặc video clip (không quá 5 phút)."
            ),
            P("👉 Hạn nộp bài dự thi: trước ngày 30/11/2026."),
            P("👉 Hình thức nộp: qua các nhà trường hoặc gửi trực tiếp về Thư viện tỉnh Hà Giang."),
            P(
                "Ban Tổ chức sẽ lựa chọn 30 bài dự thi xuất sắc nhất để trao giải cấp tỉnh và gửi tham "
                "dự vòng chung kết toàn quốc."
            ),
        ],
        opts={"pub": "2026-10-27 08:10", "by": "Ban Biên tập", "print": True},
    ),
    Story(
        id=12,
        slug="doan-cong-tac-bo-gddt-kiem-tra-cong-tac-ban-tru-tai-huyen-dong-van",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác bán trú tại huyện Đồng Văn",
        cat="tin-hoat-dong",
        published_at="2026-10-20T16:45:00+07:00",
        authors=["Giàng Seo Chứ"],
        source="Phòng GD&ĐT Đồng Văn",
        blocks=[
            P(
                "Ngày 19/10, đoàn công tác của Bộ GD&ĐT do Vụ Giáo dục Dân tộc chủ trì đã kiểm tra việc "
                "thực hiện chính sách hỗ trợ học sinh bán trú tại một số trường học trên địa bàn huyện "
                "Đồng Văn."
            ),
            Img(
                "/images/tin-tuc/2026/10/kiem-tra-ban-tru-dong-van.jpg",
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT Tiểu học Phố Cáo.",
                "Đoàn công tác kiểm tra bếp ăn bán trú Trường PTDTBT Tiểu học Phố Cáo.",
                style="next",
            ),
            P(
                "Đoàn đã kiểm tra bếp ăn, khu nội trú, công tác bảo đảm an toàn thực phẩm và việc chi "
                "trả tiền ăn, gạo cho học sinh tại Trường PTDTBT Tiểu học Phố Cáo và Trường PTDTBT THCS "
                "Sủng Là."
            ),
            P(
                "Năm học 2026 - 2027, huyện Đồng Văn có 8.412 học sinh được hưởng chính sách hỗ trợ "
                "theo Nghị định số 66/2025/NĐ-CP, với tổng kinh phí dự kiến hơn 52 tỷ đồng."
            ),
            P(
                "Đoàn ghi nhận sự cố gắng của các nhà trường trong việc tổ chức nấu ăn, chăm sóc học "
                "sinh; đồng thời đề nghị địa phương sớm đầu tư thêm phòng ở bán trú, thay thế các phòng "
                "tạm đã xuống cấp."
            ),
        ],
        opts={
            "pub": "2026-10-20 16:45",
            "by": "Quản trị viên",
            "tts": True,
            "fields": [
                ("tac-gia", "Tác giả", "Giàng Seo Chứ"),
                ("nguon-tin", "Nguồn tin", "Phòng GD&ĐT Đồng Văn"),
            ],
        },
    ),
    Story(
        id=13,
        slug="ha-giang-hon-2300-hoc-sinh-thpt-duoc-ho-tro-gao-tien-an-ban-tru-hoc-ky-i",
        title="Hà Giang: Hơn 2.300 học sinh THPT được hỗ trợ gạo, tiền ăn bán trú học kỳ I",
        cat="tin-hoat-dong",
        published_at="2026-10-09T10:00:00+07:00",
        authors=["Minh Châu"],
        blocks=[
            P(
                "UBND tỉnh Hà Giang vừa phê duyệt danh sách 2.318 học sinh THPT người dân tộc thiểu số "
                "thuộc diện hưởng chính sách hỗ trợ tiền ăn, tiền nhà ở và gạo trong học kỳ I năm học "
                "2026 - 2027."
            ),
            P(
                "Theo đó, mỗi học sinh được hỗ trợ tiền ăn bằng 40% mức lương cơ sở/tháng, 15 kg "
                "gạo/tháng; học sinh phải tự túc chỗ ở được hỗ trợ thêm tiền nhà ở. Thời gian hưởng tối "
                "đa 9 tháng/năm học."
            ),
            P(
                "Sở GD&ĐT yêu cầu các trường THPT công khai danh sách học sinh được hưởng chính sách, "
                "chi trả đúng đối tượng, kịp thời và tuyệt đối không để xảy ra tình trạng học sinh bỏ "
                "học vì khó khăn về kinh tế."
            ),
            Img("/images/tin-tuc/2026/10/ho-tro-gao-hoc-sinh-thpt.jpg", None, None, style="none"),
            P(
                "Năm học trước, toàn tỉnh đã chi trả hơn 38 tỷ đồng cho gần 2.200 học sinh THPT thuộc "
                "diện hưởng chính sách."
            ),
            Raw('<p style="text-align: right;"><em><strong>Minh Châu</strong></em></p>'),
        ],
        opts={"pub": "2026-10-09 10:00", "by": "Quản trị viên"},
    ),
]

BY_ALIAS: dict[str, Story] = {s.slug: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)

#: an article for registered users only: the category blog lists it, the builder grid does not
LOCKED = {
    "title": "Tài liệu bồi dưỡng cán bộ quản lý trường học năm 2026 (lưu hành nội bộ)",
    "pub": "2026-11-24 09:00",
    "intro": "Tài liệu phục vụ lớp bồi dưỡng cán bộ quản lý các trường mầm non, phổ thông tháng 12/2026.",
    "return": base64.b64encode(
        b"index.php?option=com_content&view=article&id=98&catid=9&Itemid=118"
    ).decode("ascii"),
}


# --- paths and dates ------------------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _dt(pub: str) -> datetime:
    return datetime.strptime(pub, "%Y-%m-%d %H:%M")


def vn_long(pub: str) -> str:
    """Joomla's DATE_FORMAT_LC2 with the vi-VN pack: "Thứ Sáu, 04 Tháng Mười Hai 2026 16:20"."""
    d = _dt(pub)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d} {MONTHS[d.month - 1]} {d:%Y %H:%M}"


def utc_attr(pub: str) -> str:
    """The server-side UTC stamp the template writes in ``datetime`` (Joomla stores UTC)."""
    return (_dt(pub) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def short(pub: str) -> str:
    return _dt(pub).strftime("%d/%m/%Y")


def art_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.slug}"


def index_path(s: Story) -> str:
    return "/index.php" + art_path(s)


def comp_path(s: Story) -> str:
    return f"/component/content/article/{s.slug}?catid={CATS[s.cat][1]}&Itemid=101"


def print_path(s: Story) -> str:
    return art_path(s) + "?tmpl=component&print=1"


def _h(seed: str, n: int) -> str:
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:n]


def thumb(s: Story) -> str:
    """The intro image as the theme's cache prints it in grids (a resized copy)."""
    return f"/templates/yootheme/cache/{_h(s.slug, 2)}/anh-dai-dien-{s.id:02d}-{_h(s.slug + 'i', 8)}.jpeg"


def teaser(s: Story, limit: int = 170) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "..."


def related(s: Story) -> list[Story]:
    """mod_related_items: other articles sharing a tag (printed as /index.php/… links)."""
    tags = set(s.opts.get("tags", []))
    return [o for o in NEWEST if o is not s and tags & set(o.opts.get("tags", []))][:4]


def same_cat(s: Story) -> list[Story]:
    return [o for o in NEWEST if o.cat == s.cat and o is not s][:3]


# --- chrome -----------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Giới thiệu chung"), ("/lien-he", "Liên hệ - Góp ý")]),
    (
        "/tin-tuc",
        "Tin tức - Sự kiện",
        [(f"/tin-tuc/{alias}", title) for alias, (title, _) in CATS.items()],
    ),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh", "Thư viện", [("/thu-vien-anh", "Thư viện ảnh"), ("/video", "Video clip")]),
    ("/lien-he", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for n, (href, label, sub) in enumerate(MENU):
        cls = f"item-{101 + n * 3}"
        if sub:
            cls += " uk-parent"
        if href == active:
            cls += " uk-active"
        drop = ""
        if sub:
            drop = (
                '<div class="uk-navbar-dropdown"><div><ul class="uk-nav uk-navbar-dropdown-nav">'
                + "".join(
                    f'<li class="item-{140 + n * 5 + k}"><a href="{h}">{esc(t)}</a></li>'
                    for k, (h, t) in enumerate(sub)
                )
                + "</ul></div></div>"
            )
        items.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a>{drop}</li>')
    return "\n".join(items)


def _mobile_menu() -> str:
    out = []
    for href, label, sub in MENU:
        inner = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in sub)
        cls = ' class="uk-parent"' if sub else ""
        out.append(
            f'<li{cls}><a href="{href}">{esc(label)}</a>'
            + (f'<ul class="uk-nav-sub">{inner}</ul>' if sub else "")
            + "</li>"
        )
    return "".join(out)


def _header(active: str) -> str:
    return f"""<div class="tm-header-mobile uk-hidden@m">
<div class="uk-navbar-container"><div class="uk-container uk-container-expand">
<nav class="uk-navbar" uk-navbar='{{"container":".tm-header-mobile"}}'>
<div class="uk-navbar-left"><a href="/" aria-label="Trang chủ" class="uk-logo uk-navbar-item"><img alt="{esc(SITE_NAME)}" src="/images/logo/logo-sgddt-mobile.png" width="220" height="44"></a></div>
<div class="uk-navbar-right"><a uk-toggle href="#tm-dialog-mobile" class="uk-navbar-toggle"><div uk-navbar-toggle-icon></div></a></div>
</nav></div></div>
<div id="tm-dialog-mobile" uk-offcanvas="container: true; overlay: true" mode="slide" flip>
<div class="uk-offcanvas-bar uk-flex uk-flex-column"><button class="uk-offcanvas-close uk-close-large" type="button" uk-close uk-toggle="cls: uk-close-large; mode: media; media: @s"></button>
<div class="uk-margin-auto-bottom"><div class="uk-grid uk-child-width-1-1" uk-grid><div><div class="uk-panel" id="module-menu-dialog-mobile">
<ul class="uk-nav uk-nav-default">{_mobile_menu()}</ul></div></div></div></div></div></div>
</div>
<div class="tm-toolbar tm-toolbar-default uk-visible@m">
<div class="uk-container uk-flex uk-flex-middle">
<div><div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid="margin: uk-margin-small-top">
<div><div class="uk-panel" id="module-112"><div class="uk-panel"><span uk-icon="icon: calendar; ratio: 0.8"></span> {HEADER_DATE}</div></div></div>
<div><div class="uk-panel" id="module-113"><div class="uk-panel">Đường dây nóng: 0219.3866.888</div></div></div>
</div></div>
<div class="uk-margin-auto-left"><div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid>
<div><div class="uk-panel" id="module-114"><ul class="uk-subnav uk-subnav-divider">
<li><a href="/dang-nhap">Đăng nhập</a></li><li><a href="https://mail.hagiang.edu.vn" target="_blank" rel="noopener">Thư điện tử</a></li>
<li><a href="https://www.facebook.com/sogddthagiang" target="_blank" rel="noopener" uk-icon="icon: facebook; ratio: 0.8"></a></li></ul></div></div>
</div></div>
</div>
</div>
<header class="tm-header uk-visible@m" uk-header>
<div class="tm-headerbar-top"><div class="uk-container uk-container-large">
<div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid>
<div><a href="/" aria-label="Trang chủ" class="uk-logo"><img alt="Logo {esc(SHORT)}" src="/images/logo/logo-sgddt.png" width="96" height="96"></a></div>
<div><div class="uk-panel" id="module-95"><div class="tm-tieude-donvi"><div class="dv-cap-tren">UBND TỈNH HÀ GIANG</div><div class="dv-ten">SỞ GIÁO DỤC VÀ ĐÀO TẠO</div><div class="dv-slogan">Cổng thông tin điện tử</div></div></div></div>
</div></div></div>
<div uk-sticky media="@m" cls-active="uk-navbar-sticky" sel-target=".uk-navbar-container">
<div class="uk-navbar-container"><div class="uk-container uk-container-large">
<nav class="uk-navbar" uk-navbar='{{"align":"left","container":".tm-header > [uk-sticky]","boundary":".tm-header .uk-navbar-container"}}'>
<div class="uk-navbar-left"><ul class="uk-navbar-nav">
{_menu(active)}
</ul></div>
<div class="uk-navbar-right"><div class="uk-navbar-item" id="module-tm-3">
<form id="search-tm-3" action="/tim-kiem" method="get" role="search" class="uk-search uk-search-navbar"><span uk-search-icon></span>
<input name="q" placeholder="Tìm kiếm..." required aria-label="Tìm kiếm" type="search" class="uk-search-input"></form>
</div></div>
</nav></div></div></div>
</header>"""


def _latest() -> str:
    lis = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in NEWEST[:5]
    )
    return f'<ul class="mod-articleslatest latestnews mod-list uk-list uk-list-divider">{lis}</ul>'


def _popular() -> str:
    picks = [STORIES[i - 1] for i in (1, 4, 9, 5, 7)]
    lis = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a> <span class="uk-text-meta">({s.views()})</span></li>'
        for s in picks
    )
    return f'<ul class="mostread mod-list uk-list uk-list-bullet">{lis}</ul>'


def _sidebar() -> str:
    tags = "".join(
        f'<li><a class="uk-button uk-button-default uk-button-small" href="/tag/{a}">{esc(t)}</a></li>'
        for a, t in TAGS.items()
    )
    return f"""<div class="uk-grid uk-child-width-1-1" uk-grid>
<div><div class="uk-card uk-card-body uk-card-default tm-child-list" id="module-121">
<h3 class="uk-card-title">Tin mới</h3>{_latest()}</div></div>
<div><div class="uk-card uk-card-body uk-card-default" id="module-122">
<h3 class="uk-card-title">Xem nhiều</h3>{_popular()}</div></div>
<div><div class="uk-panel" id="module-130"><a href="https://dichvucong.hagiang.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/dich-vu-cong-truc-tuyen.png" alt="Dịch vụ công trực tuyến" width="360" height="90"></a></div></div>
<div><div class="uk-card uk-card-body uk-card-default" id="module-123">
<h3 class="uk-card-title">Từ khóa</h3><ul class="uk-subnav tagspopular">{tags}</ul></div></div>
<div><div class="uk-card uk-card-body uk-card-default" id="module-124">
<h3 class="uk-card-title">Thăm dò ý kiến</h3>
<form action="/" method="post" class="uk-form-stacked"><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<label><input class="uk-radio" type="radio" name="voteid" value="1"> Rất hài lòng</label><br>
<label><input class="uk-radio" type="radio" name="voteid" value="2"> Hài lòng</label><br>
<label><input class="uk-radio" type="radio" name="voteid" value="3"> Chưa hài lòng</label><br>
<button class="uk-button uk-button-primary uk-button-small" type="submit">Bình chọn</button></form></div></div>
<div><div class="uk-card uk-card-body uk-card-default" id="module-125">
<h3 class="uk-card-title">Liên kết website</h3>
<select class="uk-select" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hagiang.gov.vn">Cổng TTĐT tỉnh Hà Giang</option>
<option value="https://baohagiang.vn">Báo Hà Giang</option></select></div></div>
<div><div class="uk-card uk-card-body uk-card-default" id="module-126">
<h3 class="uk-card-title">Thống kê truy cập</h3>
<div class="vvisit_counter vvisit_counter_s">
<div class="vdigit_counter"><span class="vdigit-2">2</span><span class="vdigit-4">4</span><span class="vdigit-8">8</span><span class="vdigit-1">1</span><span class="vdigit-5">5</span><span class="vdigit-0">0</span><span class="vdigit-7">7</span></div>
<div class="vstats_counter"><div class="vstats_icon vstats_icon_s"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vstats_counter"><tbody>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vtoday.png" alt="Hôm nay" title="Hôm nay"></td><td>Hôm nay</td><td align="right">1.248</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vyesterday.png" alt="Hôm qua" title="Hôm qua"></td><td>Hôm qua</td><td align="right">2.316</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vweek.png" alt="Tuần này" title="Tuần này"></td><td>Tuần này</td><td align="right">9.874</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vall.png" alt="Tổng truy cập" title="Tổng truy cập"></td><td>Tổng truy cập</td><td align="right">2.481.507</td></tr>
</tbody></table></div></div>
<div class="vonline_counter">Đang online: 37</div></div>
</div></div>
</div>"""


FOOTER = """<div class="tm-bottom uk-section-secondary uk-section uk-section-small">
<div class="uk-container"><div class="uk-grid uk-child-width-expand@m" uk-grid>
<div><div class="uk-panel" id="module-140"><h3 class="uk-h5">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</h3>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Hà Giang<br>Địa chỉ: Số 345 đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang<br>
Điện thoại: 0219.3866.888 - Fax: 0219.3866.242<br>Email: sgddt@hagiang.gov.vn</p></div></div>
<div><div class="uk-panel" id="module-141"><p>Chịu trách nhiệm nội dung: Giám đốc Sở GD&amp;ĐT Hà Giang<br>Giấy phép số 08/GP-TTĐT ngày 14/3/2022 của Sở Thông tin và Truyền thông tỉnh Hà Giang</p>
<p>Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Hà Giang" khi phát hành lại thông tin từ website này.</p></div></div>
</div></div></div>
<footer><div class="uk-section-default uk-section uk-section-xsmall"><div class="uk-container">
<div class="uk-panel uk-text-small uk-text-center">© 2026 Sở Giáo dục và Đào tạo tỉnh Hà Giang. Thiết kế bởi Trung tâm CNTT - Truyền thông.
<a href="#" uk-totop uk-scroll></a></div></div></div></footer>"""


def page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "",
    canonical: str | None = None,
    description: str = "",
    head_extra: str = "",
    og_title: str | None = None,
    sidebar: bool = True,
    status: int = 200,
) -> Response:
    base = base_url(request)
    canon = f'<link href="{base}{esc(canonical)}" rel="canonical">\n' if canonical else ""
    og = (
        f'<meta property="og:title" content="{esc(og_title)}">\n<meta property="og:type" content="article">\n'
        if og_title
        else ""
    )
    if sidebar:
        body = (
            '<div class="tm-grid-expand uk-grid-margin" uk-grid>\n'
            f'<div class="uk-width-2-3@m">\n{main}\n</div>\n'
            f'<div class="uk-width-1-3@m">\n{_sidebar()}\n</div>\n</div>'
        )
    else:
        body = main
    doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr" vocab="https://schema.org/">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/images/logo/favicon.png" sizes="any">
<link rel="apple-touch-icon" href="/templates/yootheme/packages/theme-joomla/assets/images/apple-touch-icon.png">
<meta charset="utf-8">
<meta name="description" content="{esc(description or SITE_NAME)}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
{canon}{og}<link href="/media/system/css/joomla-fontawesome.min.css?4.4.9" rel="preload" as="style" onload="this.onload=null;this.rel='stylesheet'">
<link href="/templates/yootheme/css/theme.12.css?1732101122" rel="stylesheet">
<script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit.min.js?4.4.2"></script>
<script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit-icons-fuse.min.js?4.4.2"></script>
<script src="/templates/yootheme/js/theme.js?4.4.2"></script>
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"JLIB_FORM_CONTAINS_INVALID_FIELDS":"Không thể gửi biểu mẫu vì thiếu dữ liệu bắt buộc."}},"system.paths":{{"root":"","rootFull":"{base}/","base":"","baseFull":"{base}/"}},"csrf.token":"{_h(title, 32)}"}}</script>
{head_extra}
</head>
<body class="">
<div class="tm-page">
{_header(active)}
<main id="tm-main">
<div id="tm-main-section" class="uk-section-default uk-section uk-section-small"><div class="uk-container uk-container-large">
{body}
</div></div>
</main>
{FOOTER}
</div>
</body>
</html>"""
    return html(doc, status=status)


def breadcrumbs(items: list[tuple[str | None, str]]) -> str:
    lis = []
    for href, label in items:
        if href:
            lis.append(f'<li><a href="{href}"><span>{esc(label)}</span></a></li>')
        else:
            lis.append(f'<li><span aria-current="page">{esc(label)}</span></li>')
    return (
        '<nav class="uk-margin-medium-bottom" aria-label="Breadcrumb">'
        f'<ul class="uk-breadcrumb">{"".join(lis)}</ul></nav>'
    )


# --- article text -----------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CLOAK_TEXT = "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần bật JavaScript để xem nó."
TPL = "template-Kp7RfN2x"


def _b64(value: str) -> str:
    return base64.b64encode(value.encode("utf-8")).decode("ascii")


def cloak(email: str) -> str:
    """Joomla 4's Email Cloaking plugin output (the address is rebuilt by a custom element)."""
    user, domain = email.split("@", 1)
    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{_b64(user)}" last="{_b64(domain)}" '
        f'text="{_b64(email)}" base="" >{CLOAK_TEXT}</joomla-hidden-mail>'
    )


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _img_tag(src: str, extra: str = "", alt: str = "") -> str:
    return f'<img src="{esc(src)}" alt="{esc(alt)}" width="800" height="533"{extra}>'


def render_img(img: Img) -> str:
    stem = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if img.style == "next":
        return (
            f'<p style="text-align: center;">{_img_tag(img.src, alt=stem)}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{_img_tag(img.src, alt=stem)}<br>'
            f'<span style="font-size: 10pt;"><em>{esc(img.printed or "")}</em></span></p>'
        )
    if img.style == "figure":
        return (
            '<figure class="image" style="display: table; margin-left: auto; margin-right: auto;">'
            f"{_img_tag(img.src)}"
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "jcaption":
        return (
            f'<p><img class="caption" src="{esc(img.src)}" alt="" width="700" height="466" '
            f'title="{esc(img.printed or "")}" style="display: block; margin-left: auto; margin-right: auto;"></p>'
        )
    return f'<p style="text-align: center;">{_img_tag(img.src, alt=stem)}</p>\n<p>&nbsp;</p>'


def loadmodule_box(s: Story) -> str:
    lis = "".join(
        f'<li><a class="mod-articles-category-title " href="{art_path(o)}">{esc(o.title)}</a> '
        f'<span class="mod-articles-category-date">{short(o.opts["pub"])}</span></li>'
        for o in same_cat(s)
    )
    return (
        '<div class="uk-card uk-card-default uk-card-small uk-card-body uk-margin">'
        '<h3 class="uk-card-title uk-h5">Tin cùng chuyên mục</h3>'
        f'<ul class="mod-articlescategory category-module mod-list">{lis}</ul></div>'
    )


def render_blocks(s: Story, blocks: list) -> str:
    out: list[str] = []
    justify = ' style="text-align: justify;"' if s.id % 2 else ""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(s, p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for k, p in enumerate(run):
                    cells = p.text.split(" | ")
                    tag = "strong" if k == 0 else "span"
                    rows.append(
                        "<tr>"
                        + "".join(f'<td style="border: 1px solid #999; padding: 4px;"><{tag}>{_t(s, c)}</{tag}></td>' for c in cells)
                        + "</tr>"
                    )
                out.append(
                    '<table class="table table-bordered" style="border-collapse: collapse; width: 100%;"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            continue
        if isinstance(b, P):
            if b.style in ("h3", "h4"):
                out.append(f"<{b.style}>{_t(s, b.text)}</{b.style}>")
            elif b.style == "b":
                out.append(f"<p{justify}><strong>{_t(s, b.text)}</strong></p>")
            elif b.style == "small":
                out.append(f'<p><span style="font-size: 10pt;">{_t(s, b.text)}</span></p>')
            elif b.style == "email":
                m = EMAIL_RE.search(b.text)
                assert m is not None
                out.append(f"<p{justify}>{_t(s, b.text[: m.start()])}{cloak(m.group())}{_t(s, b.text[m.end():])}</p>")
            else:
                out.append(f"<p{justify}>{_t(s, b.text)}</p>")
        elif isinstance(b, Img):
            if b.style not in ("lazy", "gallery"):
                out.append(render_img(b))
        elif isinstance(b, Raw):
            if b.html == LOADMODULE:
                out.append(loadmodule_box(s))
            elif not b.html.startswith("<!--"):
                out.append(b.html)
        i += 1
    return "\n".join(out)


def _split(blocks: list, marker: str) -> list[list]:
    parts: list[list] = [[]]
    for b in blocks:
        if isinstance(b, Raw) and b.html == marker:
            parts.append([])
        else:
            parts[-1].append(b)
    return parts


def builder_layout(s: Story) -> str:
    """A6: the article laid out with the page builder (two columns, a gallery, a full row)."""
    head, rest = _split(s.blocks, "<!--col-->")
    second, rest2 = _split(rest, "<!--gallery-->")
    gallery, full = _split(rest2, "<!--full-->")
    items = []
    for img in gallery:
        if not isinstance(img, Img):
            continue
        full_src = "/images/tin-tuc/2026/11/" + img.src.rsplit("/", 1)[-1].rsplit("-", 1)[0] + ".jpg"
        cap = esc(img.printed or "")
        items.append(
            f'<div><a class="el-item uk-inline-clip uk-transition-toggle uk-link-toggle" href="{full_src}" '
            f"data-type=\"image\" data-caption=\"&lt;h4 class='uk-margin-remove'&gt;{cap}&lt;/h4&gt;\">"
            f'<img src="{img.src}" width="600" height="400" class="el-image uk-transition-scale-up uk-transition-opaque" alt="" loading="lazy">'
            f'<div class="uk-position-bottom uk-overlay uk-overlay-primary"><div class="el-title uk-h6 uk-margin-remove">{cap}</div></div>'
            "</a></div>"
        )
    return f"""<div class="uk-grid tm-grid-expand uk-grid-column-small uk-grid-margin" uk-grid>
<div class="uk-width-3-5@m">
<div class="uk-panel uk-margin" id="page#2">{render_blocks(s, head)}</div>
<div class="uk-panel uk-margin" id="page#3">{render_blocks(s, second)}</div>
</div>
<div class="uk-width-2-5@m">
<div class="uk-margin" id="page#4"><div class="uk-child-width-1-1 uk-grid-small uk-grid-match" uk-grid uk-lightbox="toggle: a[data-type];">
{"".join(items)}
</div></div>
</div>
</div>
<div class="uk-grid tm-grid-expand uk-child-width-1-1 uk-grid-margin" uk-grid><div>
<div class="uk-panel uk-margin" id="page#5">{render_blocks(s, full)}</div>
</div></div>"""


def _fields(s: Story) -> str:
    fields = s.opts.get("fields")
    if not fields:
        return ""
    lis = "".join(
        f'<li class="field-entry {cls} "><span class="field-label ">{esc(label)}: </span>'
        f'<span class="field-value ">{esc(value)}</span></li>'
        for cls, label, value in fields
    )
    return f'<ul class="fields-container">{lis}</ul>'


def _tts(s: Story) -> str:
    if not s.opts.get("tts"):
        return ""
    return (
        f'<div class="fpt-tts-player uk-margin-small" data-article="{s.id}" data-voice="banmai">'
        '<button type="button" class="uk-button uk-button-default uk-button-small">'
        '<span uk-icon="icon: play-circle"></span> Nghe đọc bài viết</button> '
        '<select class="uk-select uk-form-small uk-form-width-small" aria-label="Giọng đọc">'
        '<option value="banmai">Nữ miền Bắc</option><option value="leminh">Nam miền Bắc</option>'
        '<option value="myan">Nữ miền Trung</option><option value="lannhi">Nữ miền Nam</option></select>'
        ' <span class="uk-text-meta">Giọng đọc: FPT.AI</span></div>'
    )


def _meta(s: Story) -> str:
    pub = s.opts["pub"]
    sep = '<span class="uk-margin-small-left uk-margin-small-right">|</span>'
    return (
        f'<div class="uk-panel uk-text-meta uk-margin-small-top" id="{TPL}#1">'
        f'<span uk-icon="icon: user; ratio: 0.8"></span> Được viết bởi {esc(s.opts["by"])}{sep}'
        f'<span uk-icon="icon: clock; ratio: 0.8"></span> <time datetime="{utc_attr(pub)}">{vn_long(pub)}</time>{sep}'
        f'Đăng trong <a href="/tin-tuc/{s.cat}">{esc(CATS[s.cat][0])}</a>{sep}Lượt xem: {s.views()}</div>'
    )


def _lazy(img: Img) -> str:
    svg = "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%27%20width%3D%27800%27%20height%3D%27533%27%3E%3C%2Fsvg%3E"
    small = img.src.replace(".jpeg", "-768w.jpeg")
    return (
        f'<div class="uk-margin uk-text-center" id="{TPL}#4">'
        f'<img src="{svg}" data-src="{img.src}" data-srcset="{small} 768w, {img.src} 800w" '
        'data-sizes="(min-width: 800px) 800px" data-width="800" data-height="533" class="el-image" alt uk-img></div>\n'
        f'<div class="uk-panel uk-text-meta uk-text-center uk-margin-small" id="{TPL}#4-1"><p>{esc(img.printed or "")}</p></div>'
    )


def pagebreak_parts(s: Story) -> tuple[list, list]:
    first, second = _split(s.blocks, PAGEBREAK)
    return first, second


def _toc(s: Story, active: int) -> str:
    path = art_path(s)
    entries = [(path, s.title), (path + "?start=1", "Kết quả bước đầu"), (path + "?showall=1", "Tất cả các trang")]
    lis = "".join(
        f'<li class="py-1"><a href="{h}" class="toclink{" active" if k == active else ""}">{esc(t)}</a></li>'
        for k, (h, t) in enumerate(entries)
    )
    return (
        '<div class="card float-end article-index uk-card uk-card-default uk-card-small uk-card-body uk-float-right uk-margin-left">'
        f'<div class="card-body"><h3>Mục lục bài viết</h3><ul class="nav flex-column">{lis}</ul></div></div>'
    )


def article_content(s: Story, part: str) -> str:
    if s.opts.get("builder"):
        return builder_layout(s)
    if not s.opts.get("pagebreak"):
        return render_blocks(s, s.blocks)
    first, second = pagebreak_parts(s)
    path = art_path(s)
    if part == "all":
        return _toc(s, 2) + "\n" + render_blocks(s, first) + "\n" + render_blocks(s, second)
    if part == "p2":
        nav = (
            '<ul class="pagination uk-pagination"><li class="page-item previous">'
            f'<a href="{path}" class="page-link" rel="prev">‹ Trang trước</a></li>'
            '<li class="page-item next disabled"><span class="page-link">Trang sau ›</span></li></ul>'
        )
        return '<div class="pagenavcounter">Trang 2 / 2</div>\n' + _toc(s, 1) + render_blocks(s, second) + nav
    nav = (
        '<ul class="pagination uk-pagination"><li class="page-item previous disabled"><span class="page-link">‹ Trang trước</span></li>'
        f'<li class="page-item next"><a href="{path}?start=1" class="page-link" rel="next">Trang sau ›</a></li></ul>'
    )
    return '<div class="pagenavcounter">Trang 1 / 2</div>\n' + _toc(s, 0) + render_blocks(s, first) + nav


def _share(request: Request, s: Story) -> str:
    url = quote(base_url(request) + art_path(s), safe="")
    printer = ""
    if s.opts.get("print"):
        printer = (
            f'<div><a href="{esc(print_path(s))}" title="In bài viết" rel="nofollow" class="uk-icon-button" '
            "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;\" "
            'uk-icon="icon: print"></a></div>'
        )
    return (
        f'<div class="uk-margin" id="{TPL}#7"><div class="uk-child-width-auto uk-grid-small uk-flex-inline" uk-grid>'
        f'<div><a class="el-link uk-icon-button" href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="noreferrer" target="_blank" uk-icon="icon: facebook"></a></div>'
        f'<div><a class="el-link uk-icon-button" href="https://sp.zalo.me/share_inline?url={url}" rel="noreferrer" target="_blank"><img src="/images/icons/zalo.png" alt="Zalo" width="20" height="20"></a></div>'
        f'<div><a class="el-link uk-icon-button" href="https://twitter.com/intent/tweet?url={url}" rel="noreferrer" target="_blank" uk-icon="icon: x"></a></div>'
        f"{printer}</div></div>"
    )


def _after(request: Request, s: Story) -> str:
    out = []
    if s.opts.get("upd"):
        out.append(f'<div class="uk-text-meta uk-text-right uk-margin-small">Lần cập nhật cuối: {vn_long(s.opts["upd"])}</div>')
    if s.opts.get("tags"):
        tags = "".join(f'<li><a href="/tag/{t}">{esc(TAGS[t])}</a></li>' for t in s.opts["tags"])
        out.append(f'<div class="uk-margin" id="{TPL}#6"><span class="uk-text-meta">Thẻ:</span> <ul class="uk-subnav uk-subnav-pill uk-display-inline-block uk-margin-remove">{tags}</ul></div>')
    out.append(_share(request, s))
    rel = related(s)
    if rel:
        lis = "".join(f'<li><a href="{index_path(o)}">{esc(o.title)}</a></li>' for o in rel)
        out.append(
            '<div class="uk-panel uk-margin-medium" id="module-131"><h3 class="uk-h4 uk-heading-bullet">Tin liên quan</h3>'
            f'<ul class="relateditems mod-list uk-list uk-list-divider">{lis}</ul></div>'
        )
    cards = "".join(
        f'<div><div class="el-item uk-panel uk-margin-remove-first-child"><a href="{art_path(o)}">'
        f'<img src="{thumb(o)}" width="400" height="267" class="el-image" alt loading="lazy"></a>'
        f'<h3 class="el-title uk-h6 uk-margin-small-top uk-margin-remove-bottom"><a href="{art_path(o)}" class="uk-link-reset">{esc(o.title)}</a></h3>'
        f'<div class="el-meta uk-text-meta">{short(o.opts["pub"])}</div></div></div>'
        for o in same_cat(s)
    )
    out.append(
        f'<h2 class="uk-h4 uk-heading-line uk-margin-medium-top" id="{TPL}#8"><span>Bài cùng chuyên mục</span></h2>'
        f'<div class="uk-margin" id="{TPL}#9"><div class="uk-grid-small uk-child-width-1-3@s uk-grid-match" uk-grid>{cards}</div></div>'
    )
    return "\n".join(out)


def article_page(request: Request, s: Story, part: str = "p1") -> Response:
    cat_title = CATS[s.cat][0]
    crumbs = breadcrumbs(
        [("/", "Trang chủ"), ("/tin-tuc", "Tin tức - Sự kiện"), (f"/tin-tuc/{s.cat}", cat_title), (None, s.title)]
    )
    lead = ""
    if s.summary and s.sapo_outside:
        lead = f'<div class="uk-panel uk-text-lead uk-margin" id="{TPL}#3"><p>{esc(s.summary)}</p></div>'
    lazy = "".join(_lazy(b) for b in s.blocks if isinstance(b, Img) and b.style == "lazy")
    main = f"""{crumbs}
<h1 class="uk-h2 uk-margin-remove-bottom" id="{TPL}#0">{esc(s.title)}</h1>
{_meta(s)}
{_fields(s)}
{_tts(s)}
{lead}
{lazy}
<div class="uk-panel uk-margin-medium" id="{TPL}#5">
{article_content(s, part)}
</div>
{_after(request, s)}"""
    head = ""
    if any(isinstance(b, Img) and b.style == "jcaption" for b in s.blocks):
        head = (
            '<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>\n'
            '<script src="/media/legacy/js/caption.min.js"></script>\n'
            "<script>jQuery(window).on('load',  function() {\n\t\t\t\tnew JCaption('img.caption');\n\t\t\t});</script>"
        )
    if any(isinstance(b, P) and b.style == "email" for b in s.blocks):
        head += '\n<script src="/media/system/js/joomla-hidden-mail.min.js?80d9c7" type="module"></script>'
    title = s.opts.get("seo_title", s.title)
    if part == "p2":
        title = f"{s.title} - Kết quả bước đầu"
    return page(
        request,
        f"{title} - {SHORT}",
        main,
        active="/tin-tuc",
        canonical=art_path(s),
        description=teaser(s, 150),
        head_extra=head,
        og_title=s.opts.get("seo_title", s.title),
    )


def print_page(s: Story) -> Response:
    pub = s.opts["pub"]
    doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<title>{esc(s.title)} - {esc(SHORT)}</title>
<link href="/templates/yootheme/css/theme.12.css?1732101122" rel="stylesheet"></head>
<body class="contentpane">
<div id="system-message-container" aria-live="polite"></div>
<article class="uk-article">
<h1 class="uk-article-title">{esc(s.title)}</h1>
<p class="uk-article-meta">Được viết bởi {esc(s.opts["by"])} vào <time datetime="{utc_attr(pub)}">{vn_long(pub)}</time>. Đăng trong {esc(CATS[s.cat][0])}.</p>
<div>{article_content(s, "all")}</div>
</article>
<script>window.print();</script>
</body></html>"""
    return html(doc)


# --- listings -----------------------------------------------------------------------------------

GRID_PER_PAGE = 6
BLOG_PER_PAGE = 4


def _card(s: Story) -> str:
    return (
        '<div><div class="el-item uk-panel uk-margin-remove-first-child">'
        f'<a href="{art_path(s)}"><img src="{thumb(s)}" width="400" height="267" class="el-image" alt loading="lazy"></a>'
        f'<h3 class="el-title uk-h5 uk-margin-small-top uk-margin-remove-bottom"><a href="{art_path(s)}" class="uk-link-reset">{esc(s.title)}</a></h3>'
        f'<div class="el-meta uk-text-meta uk-margin-small-top">{short(s.opts["pub"])} · {esc(CATS[s.cat][0])}</div>'
        f'<div class="el-content uk-panel uk-margin-small-top">{esc(teaser(s, 120))}</div></div></div>'
    )


def _pager(pages: int, current: int, href) -> str:
    """UIkit pagination: page numbers and icon-only arrows."""
    if pages <= 1:
        return ""
    lis = []
    if current > 1:
        lis.append(f'<li><a href="{href(current - 1)}" aria-label="Trang trước"><span uk-pagination-previous></span></a></li>')
    for n in range(1, pages + 1):
        if n == current:
            lis.append(f'<li class="uk-active"><span aria-current="page">{n}</span></li>')
        else:
            lis.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if current < pages:
        lis.append(f'<li><a href="{href(current + 1)}" aria-label="Trang sau"><span uk-pagination-next></span></a></li>')
    return (
        '<nav class="uk-margin-large" aria-label="Phân trang">'
        f'<ul class="uk-pagination uk-margin-remove-bottom uk-flex-center">{"".join(lis)}</ul></nav>'
    )


def news_page(request: Request) -> Response:
    """/tin-tuc: a builder page, Joomla Articles source (public only), Pagination element (?page=)."""
    try:
        current = int(request.params.get("page", "1") or "1")
    except ValueError:
        current = 1
    current = max(current, 1)
    pages = -(-len(NEWEST) // GRID_PER_PAGE)
    items = NEWEST[(current - 1) * GRID_PER_PAGE : current * GRID_PER_PAGE]
    subnav = "".join(f'<li><a href="/tin-tuc/{a}">{esc(t)}</a></li>' for a, (t, _) in CATS.items())
    grid = "".join(_card(s) for s in items) or '<div><p class="uk-text-muted">Không có bài viết nào.</p></div>'
    main = f"""{breadcrumbs([("/", "Trang chủ"), (None, "Tin tức - Sự kiện")])}
<h1 class="uk-h2 uk-heading-bullet" id="page#0">Tin tức - Sự kiện</h1>
<ul class="uk-subnav uk-subnav-pill" id="page#1"><li class="uk-active"><a href="/tin-tuc">Tất cả</a></li>{subnav}</ul>
<div class="uk-margin" id="page#2"><div class="uk-grid-column-small uk-grid-row-medium uk-child-width-1-1 uk-child-width-1-2@s uk-child-width-1-3@m uk-grid-match" uk-grid>
{grid}
</div></div>
{_pager(pages, current, lambda n: "/tin-tuc" if n == 1 else f"/tin-tuc?page={n}")}"""
    return page(request, f"Tin tức - Sự kiện - {SHORT}", main, active="/tin-tuc", canonical="/tin-tuc")


def _blog_item(entry) -> str:
    if isinstance(entry, Story):
        s = entry
        link, title, pub, intro = art_path(s), s.title, s.opts["pub"], teaser(s)
        more = "Xem tiếp"
        img = f'<a href="{link}"><img src="{thumb(s)}" width="400" height="267" class="el-image" alt loading="lazy"></a>'
    else:
        link = f"/dang-nhap?return={entry['return']}"
        title, pub, intro = entry["title"], entry["pub"], entry["intro"]
        more = "Đăng nhập để đọc thêm..."
        img = '<span class="uk-label uk-label-warning"><span uk-icon="icon: lock"></span> Thành viên</span>'
    return (
        '<div><div class="el-item uk-grid-small" uk-grid>'
        f'<div class="uk-width-1-3@s">{img}</div>'
        '<div class="uk-width-expand">'
        f'<h2 class="el-title uk-h4 uk-margin-remove"><a class="uk-link-heading" href="{link}">{esc(title)}</a></h2>'
        f'<div class="el-meta uk-text-meta uk-margin-small-top"><time datetime="{utc_attr(pub)}">{vn_long(pub)}</time></div>'
        f'<div class="el-content uk-panel uk-margin-small-top"><p>{esc(intro)}</p></div>'
        f'<div class="uk-margin-small-top"><a class="el-link uk-button uk-button-text" href="{link}">{more}</a></div>'
        "</div></div></div>"
    )


def category_page(request: Request, alias: str) -> Response:
    """Category blog in a builder template, Joomla's own pagination (?start=<offset>)."""
    title = CATS[alias][0]
    entries: list = [s for s in NEWEST if s.cat == alias]
    if alias == "tin-hoat-dong":
        entries.append(LOCKED)
        entries.sort(key=lambda e: e.opts["pub"] if isinstance(e, Story) else e["pub"], reverse=True)
    try:
        start = int(request.params.get("start", "0") or "0")
    except ValueError:
        start = 0
    start = max(start, 0)
    pages = -(-len(entries) // BLOG_PER_PAGE)
    current = start // BLOG_PER_PAGE + 1
    items = entries[start : start + BLOG_PER_PAGE]
    body = "".join(_blog_item(e) for e in items) or '<div><p>Chưa có bài viết trong chuyên mục này.</p></div>'
    counter = f'<div class="uk-text-meta uk-text-center uk-margin-small">Trang {current} / {pages}</div>' if pages > 1 else ""
    base = f"/tin-tuc/{alias}"
    main = f"""{breadcrumbs([("/", "Trang chủ"), ("/tin-tuc", "Tin tức - Sự kiện"), (None, title)])}
<h1 class="uk-h2 uk-heading-divider" id="template-Wq2mLc8s#0">{esc(title)}</h1>
<div class="uk-margin" id="template-Wq2mLc8s#1"><div class="uk-grid-divider uk-child-width-1-1 uk-grid-row-medium" uk-grid>
{body}
</div></div>
{_pager(pages, current, lambda n: base if n == 1 else f"{base}?start={(n - 1) * BLOG_PER_PAGE}")}
{counter}"""
    canon = base if start == 0 else f"{base}?start={start}"
    return page(request, f"{title} - {SHORT}", main, active="/tin-tuc", canonical=canon)


def tag_page(request: Request, alias: str) -> Response:
    title = TAGS[alias]
    tagged = [s for s in NEWEST if alias in s.opts.get("tags", [])]
    lis = "".join(
        f'<li class="list-group-item"><h3 class="uk-h5 uk-margin-remove"><a href="{esc(comp_path(s))}">{esc(s.title)}</a></h3>'
        f'<div class="uk-text-meta">Đăng ngày: {short(s.opts["pub"])}</div><div class="tag-body">{esc(teaser(s, 140))}</div></li>'
        for s in tagged
    )
    main = f"""{breadcrumbs([("/", "Trang chủ"), (None, title)])}
<div class="com-tags-tag tag-category">
<h1 class="uk-h2">Thẻ: {esc(title)}</h1>
<ul class="com-tags-tag__items category list-group uk-list uk-list-divider">{lis}</ul>
</div>"""
    return page(request, f"{title} - {SHORT}", main)


DOCS = {
    "ke-hoach-so-318-kh-sgddt-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2": (
        "318/KH-SGDĐT", "15/09/2026", "Kế hoạch", "Kế hoạch tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
    ),
    "cong-van-so-2087-sgddt-gdtrh-huong-dan-kiem-tra-cuoi-hoc-ky-i": (
        "2087/SGDĐT-GDTrH", "20/11/2026", "Công văn", "Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
    ),
    "quyet-dinh-so-1264-qd-sgddt-cong-nhan-giao-vien-day-gioi-cap-tinh": (
        "1264/QĐ-SGDĐT", "26/11/2026", "Quyết định", "Công nhận giáo viên dạy giỏi cấp tỉnh bậc Mầm non năm học 2026 - 2027",
    ),
}
ALBUM = "le-khai-giang-nam-hoc-2026-2027-tai-truong-ptdtnt-thpt-tinh"
VIDEO = "phong-su-diem-truong-san-sa-ho-noi-thay-co-bam-ban"


def home_page(request: Request) -> Response:
    slides = "".join(
        f'<li class="el-item"><a class="uk-position-cover" href="{art_path(s)}" aria-label="{esc(s.title)}"></a>'
        f'<img src="{thumb(s).replace(".jpeg", "-1200.jpeg")}" width="1200" height="525" class="el-image" alt uk-cover>'
        f'<div class="uk-position-bottom uk-overlay uk-overlay-primary"><h3 class="el-title uk-h4 uk-margin-remove">{esc(s.title)}</h3></div></li>'
        for s in (STORIES[0], STORIES[5], STORIES[8])
    )
    newest = "".join(_card(s) for s in NEWEST[:4])
    notices = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="uk-text-meta">({short(s.opts["pub"])})</span></li>'
        for s in NEWEST if s.cat == "thong-bao"
    )
    prof = "".join(
        f'<li><a href="{art_path(s)}" class="uk-link-heading">{esc(s.title)}</a></li>'
        for s in [o for o in NEWEST if o.cat == "hoat-dong-chuyen-mon"][:3]
    )
    docs = "".join(
        f'<li><a href="/van-ban/{a}"><strong>{esc(n)}</strong> {esc(t)}</a></li>' for a, (n, _, _, t) in DOCS.items()
    )
    main = f"""<div class="uk-margin" id="page#0"><div class="uk-position-relative uk-visible-toggle" uk-slideshow="ratio: 16:7; animation: fade; autoplay: true">
<ul class="uk-slideshow-items">{slides}</ul>
<a class="el-slidenav uk-position-center-left" href="#" uk-slidenav-previous uk-slideshow-item="previous"></a>
<a class="el-slidenav uk-position-center-right" href="#" uk-slidenav-next uk-slideshow-item="next"></a>
</div></div>
<h2 class="uk-h3 uk-heading-bullet" id="page#1"><a class="uk-link-reset" href="/tin-tuc">Tin tức - Sự kiện</a></h2>
<div class="uk-margin" id="page#2"><div class="uk-grid-small uk-child-width-1-2@s uk-grid-match" uk-grid>{newest}</div></div>
<div class="uk-margin uk-text-right" id="page#3"><a class="el-content uk-button uk-button-text" href="/tin-tuc">Xem tất cả</a></div>
<div class="uk-grid tm-grid-expand uk-child-width-1-2@m uk-grid-margin" uk-grid>
<div><h2 class="uk-h4 uk-heading-line" id="page#4"><span>Thông báo</span></h2>
<ul class="uk-list uk-list-divider" id="page#5">{notices}</ul>
<a class="uk-button uk-button-text" href="/tin-tuc/thong-bao">Xem thêm thông báo</a></div>
<div><h2 class="uk-h4 uk-heading-line" id="page#6"><span>Hoạt động chuyên môn</span></h2>
<ul class="uk-list uk-list-bullet" id="page#7">{prof}</ul></div>
</div>
<div class="uk-margin-medium" id="page#8"><h2 class="uk-h4 uk-heading-line"><span>Văn bản mới</span></h2>
<ul class="uk-list uk-list-divider">{docs}</ul><a class="uk-button uk-button-text" href="/van-ban">Tất cả văn bản</a></div>
<div class="uk-margin-medium" id="page#9"><h2 class="uk-h4 uk-heading-line"><span>Thư viện</span></h2>
<div class="uk-child-width-1-2 uk-grid-small" uk-grid>
<div><a href="/thu-vien-anh/{ALBUM}"><img src="/images/thu-vien/2026/khai-giang/anh-bia.jpg" width="400" height="267" alt="Lễ khai giảng"></a><div class="uk-text-small">Lễ khai giảng năm học 2026 - 2027</div></div>
<div><a href="/video/{VIDEO}"><img src="/images/video/san-sa-ho-thumb.jpg" width="400" height="267" alt="Video"></a><div class="uk-text-small">Phóng sự: Điểm trường Sán Sả Hồ</div></div>
</div></div>"""
    return page(request, SITE_NAME, main, active="/", canonical="/", description="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hà Giang")


# --- pages that are not articles ------------------------------------------------------------


def intro_page(request: Request) -> Response:
    paras = [
        "Sở Giáo dục và Đào tạo tỉnh Hà Giang là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thực hiện chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
        "Sở có Giám đốc, các Phó Giám đốc và 06 phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học - Giáo dục thường xuyên; Phòng Khảo thí và Kiểm định chất lượng giáo dục.",
        "Năm học 2026 - 2027, toàn tỉnh có 648 trường học, trung tâm với hơn 250.000 học sinh, học viên.",
    ]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""{breadcrumbs([("/", "Trang chủ"), (None, "Giới thiệu chung")])}
<h1 class="uk-h2 uk-margin-remove-bottom" id="{TPL}#0">Giới thiệu chung về Sở Giáo dục và Đào tạo tỉnh Hà Giang</h1>
<div class="uk-panel uk-text-meta uk-margin-small-top" id="{TPL}#1"><span uk-icon="icon: user; ratio: 0.8"></span> Được viết bởi Quản trị viên<span class="uk-margin-small-left uk-margin-small-right">|</span><span uk-icon="icon: clock; ratio: 0.8"></span> <time datetime="2024-03-12T01:00:00+00:00">{vn_long("2024-03-12 08:00")}</time><span class="uk-margin-small-left uk-margin-small-right">|</span>Lượt xem: 15230</div>
<div class="uk-panel uk-margin-medium" id="{TPL}#5">
<p style="text-align: center;"><img src="/images/gioi-thieu/tru-so-sgddt.jpg" alt="Trụ sở Sở GD&amp;ĐT" width="800" height="533"></p>
{body}</div>"""
    return page(request, f"Giới thiệu chung - {SHORT}", main, active="/gioi-thieu", canonical="/gioi-thieu")


def contact_page(request: Request) -> Response:
    main = f"""{breadcrumbs([("/", "Trang chủ"), (None, "Liên hệ")])}
<div class="com-contact contact">
<h1 class="uk-h2">Liên hệ - Góp ý</h1>
<dl class="com-contact__address contact-address dl-horizontal">
<dt>Địa chỉ:</dt><dd>Số 345 đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang</dd>
<dt>Điện thoại:</dt><dd>0219.3866.888</dd><dt>Fax:</dt><dd>0219.3866.242</dd></dl>
<form id="contact-form" action="/lien-he" method="post" class="form-validate uk-form-stacked">
<fieldset><legend>Gửi góp ý</legend>
<label for="jform_contact_name">Họ và tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="uk-input" required>
<label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="uk-input" required>
<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" class="uk-textarea" rows="6" required></textarea>
<button class="uk-button uk-button-primary validate" type="submit">Gửi</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">
</fieldset></form></div>"""
    return page(request, f"Liên hệ - {SHORT}", main, active="/lien-he", canonical="/lien-he")


def login_page(request: Request) -> Response:
    ret = esc(request.params.get("return", ""))
    main = f"""{breadcrumbs([("/", "Trang chủ"), (None, "Đăng nhập")])}
<div class="com-users-login login">
<h1 class="uk-h2">Đăng nhập</h1>
<div class="uk-alert uk-alert-warning">Bạn cần đăng nhập để xem nội dung dành cho thành viên.</div>
<form action="/dang-nhap?task=user.login" method="post" class="com-users-login__form form-validate uk-form-stacked">
<label for="username">Tên đăng nhập</label><input type="text" name="username" id="username" class="uk-input" required>
<label for="password">Mật khẩu</label><input type="password" name="password" id="password" class="uk-input" required>
<label><input type="checkbox" name="remember" class="uk-checkbox"> Ghi nhớ</label>
<button type="submit" class="uk-button uk-button-primary">Đăng nhập</button>
<input type="hidden" name="return" value="{ret}"></form></div>"""
    return page(request, f"Đăng nhập - {SHORT}", main, canonical="/dang-nhap")


def docs_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(n)}</td><td>{d}</td><td><a href="/van-ban/{a}">{esc(t)}</a></td></tr>'
        for a, (n, d, _, t) in DOCS.items()
    )
    main = f"""{breadcrumbs([("/", "Trang chủ"), (None, "Văn bản")])}
<h1 class="uk-h2">Văn bản chỉ đạo, điều hành</h1>
<table class="uk-table uk-table-striped uk-table-small"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return page(request, f"Văn bản - {SHORT}", main, active="/van-ban")


def doc_page(request: Request, alias: str) -> Response:
    number, day, kind, subject = DOCS[alias]
    pdf = f"/images/van-ban/2026/{alias}.pdf"
    main = f"""{breadcrumbs([("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, number)])}
<h1 class="uk-h3">{esc(kind)} số {esc(number)}</h1>
<table class="uk-table uk-table-divider uk-table-small">
<tr><th>Số/Ký hiệu</th><td>{esc(number)}</td></tr><tr><th>Ngày ban hành</th><td>{day}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(kind)}</td></tr><tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Trích yếu</th><td>{esc(subject)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{pdf}"><span uk-icon="icon: download"></span> Tải về</a></td></tr></table>"""
    return page(request, f"{number} - {SHORT}", main, active="/van-ban", canonical=f"/van-ban/{alias}")


def album_list(request: Request) -> Response:
    main = f"""{breadcrumbs([("/", "Trang chủ"), (None, "Thư viện ảnh")])}
<h1 class="uk-h2">Thư viện ảnh</h1>
<div class="uk-child-width-1-3@m" uk-grid><div><a href="/thu-vien-anh/{ALBUM}"><img src="/images/thu-vien/2026/khai-giang/anh-bia.jpg" alt="" width="400" height="267"><div>Lễ khai giảng năm học 2026 - 2027 tại Trường PTDTNT THPT tỉnh</div></a></div></div>"""
    return page(request, f"Thư viện ảnh - {SHORT}", main, active="/thu-vien-anh")


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<div><a href="/images/thu-vien/2026/khai-giang/anh-{n:02d}.jpg" data-caption="Lễ khai giảng - ảnh {n}">'
        f'<img src="/images/thu-vien/2026/khai-giang/thumbs/anh-{n:02d}.jpg" alt="" width="300" height="200"></a></div>'
        for n in range(1, 7)
    )
    main = f"""{breadcrumbs([("/", "Trang chủ"), ("/thu-vien-anh", "Thư viện ảnh"), (None, "Lễ khai giảng năm học 2026 - 2027")])}
<h1 class="uk-h2">Lễ khai giảng năm học 2026 - 2027 tại Trường PTDTNT THPT tỉnh</h1>
<div class="uk-text-meta">6 ảnh</div>
<div class="uk-child-width-1-3@m uk-grid-small" uk-grid uk-lightbox="animation: slide">{photos}</div>"""
    return page(request, f"Lễ khai giảng năm học 2026 - 2027 - {SHORT}", main, active="/thu-vien-anh", canonical=f"/thu-vien-anh/{ALBUM}")


def video_list(request: Request) -> Response:
    main = f"""{breadcrumbs([("/", "Trang chủ"), (None, "Video clip")])}
<h1 class="uk-h2">Video clip</h1>
<ul class="uk-list"><li><a href="/video/{VIDEO}">Phóng sự: Điểm trường Sán Sả Hồ - nơi thầy cô bám bản</a></li></ul>"""
    return page(request, f"Video clip - {SHORT}", main, active="/thu-vien-anh")


def video_page(request: Request) -> Response:
    main = f"""{breadcrumbs([("/", "Trang chủ"), ("/video", "Video clip"), (None, "Phóng sự: Điểm trường Sán Sả Hồ")])}
<h1 class="uk-h2">Phóng sự: Điểm trường Sán Sả Hồ - nơi thầy cô bám bản</h1>
<div class="uk-cover-container uk-margin"><iframe src="https://www.youtube-nocookie.com/embed/dQ3x9LkP0aE" width="1920" height="1080" allowfullscreen uk-responsive uk-video="automute: true"></iframe></div>
<p class="uk-text-meta">Thời lượng: 06:42 - Nguồn: Đài PT-TH Hà Giang</p>"""
    return page(request, f"Phóng sự: Điểm trường Sán Sả Hồ - {SHORT}", main, active="/thu-vien-anh", canonical=f"/video/{VIDEO}")


def search_page(request: Request) -> Response:
    q = unquote(request.params.get("q", "")).strip()
    hits = [s for s in NEWEST if q and q.lower() in s.title.lower()]
    lis = "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in hits)
    main = f"""{breadcrumbs([("/", "Trang chủ"), (None, "Tìm kiếm")])}
<h1 class="uk-h2">Tìm kiếm</h1>
<form action="/tim-kiem" method="get" class="uk-search uk-search-default"><input class="uk-search-input" type="search" name="q" value="{esc(q)}"></form>
<p>Tổng cộng: {len(hits)} kết quả.</p><ul class="uk-list uk-list-divider">{lis}</ul>"""
    return page(request, f"Tìm kiếm - {SHORT}", main)


def not_found(request: Request) -> Response:
    main = """<div class="uk-text-center uk-margin-large"><h1 class="uk-heading-large">404</h1>
<p class="uk-h3">Không tìm thấy trang</p><p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>
<a class="uk-button uk-button-primary" href="/">Về trang chủ</a></div>"""
    return page(request, f"404 - Không tìm thấy trang - {SHORT}", main, sidebar=False, status=404)


# --- the site -----------------------------------------------------------------------------------


@dataclass
class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path == "/index.php":
            path = "/"
        elif path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        if path.startswith(("/images/", "/templates/", "/media/", "/modules/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/"), 301)
        params = request.params
        if path == "/":
            return home_page(request)
        if path == "/tin-tuc":
            return news_page(request)
        parts = path.strip("/").split("/")
        if parts[0] == "tin-tuc" and len(parts) == 2 and parts[1] in CATS:
            return category_page(request, parts[1])
        if parts[0] == "tin-tuc" and len(parts) == 3:
            s = BY_ALIAS.get(parts[2])
            if s is None or s.cat != parts[1]:
                return not_found(request)
            if params.get("tmpl") == "component":
                return print_page(s)
            if s.opts.get("pagebreak"):
                if params.get("showall") == "1":
                    return article_page(request, s, "all")
                if params.get("start") == "1":
                    return article_page(request, s, "p2")
            return article_page(request, s)
        if parts[:3] == ["component", "content", "article"] and len(parts) == 4:
            s = BY_ALIAS.get(parts[3])
            if s is None:
                return not_found(request)
            return article_page(request, s)
        if parts[0] == "tag" and len(parts) == 2 and parts[1] in TAGS:
            return tag_page(request, parts[1])
        simple = {
            "/gioi-thieu": intro_page,
            "/lien-he": contact_page,
            "/dang-nhap": login_page,
            "/van-ban": docs_list,
            "/thu-vien-anh": album_list,
            "/video": video_list,
            "/tim-kiem": search_page,
            f"/thu-vien-anh/{ALBUM}": album_page,
            f"/video/{VIDEO}": video_page,
        }
        if path in simple:
            return simple[path](request)
        if parts[0] == "van-ban" and len(parts) == 2 and parts[1] in DOCS:
            return doc_page(request, parts[1])
        return not_found(request)


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts: list[str] = []
    if s.opts.get("pagebreak"):
        alts += [art_path(s) + "?start=1", art_path(s) + "?showall=1"]
    if any(s in related(o) for o in STORIES):
        alts.append(index_path(s))
    if s.opts.get("tags"):
        alts.append(comp_path(s))
    if s.opts.get("print"):
        alts.append(print_path(s))
    return alts


GOLD = [
    gold_record(s, art_path(s), CATS[s.cat][0], canonical_path=art_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/dang-nhap",
    f"/van-ban/{next(iter(DOCS))}",
    f"/thu-vien-anh/{ALBUM}",
    f"/video/{VIDEO}",
]
